package io.github.webrtcsdk.sessions.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * What the templates print: plain values decided by {@link WebRtcJavaCodegen}.
 *
 * <p>Public fields because Mustache reads them reflectively; text fields that come from the spec
 * are already escaped for Javadoc, {@code markdown*} fields for Markdown.
 */
public final class Views {
  private Views() {}

  /** The client facade and everything that lists all services or models. */
  public static final class Client {
    public String className;
    public String defaultBaseUrl;
    public String title;
    public String version;
    public final List<Service> services = new ArrayList<>();
    public final List<Param> boundParams = new ArrayList<>();
    public final List<Model> models = new ArrayList<>();
  }

  /** A tag: one Retrofit interface and one facade service. */
  public static final class Service {
    public final String className;

    /** The tag, as a Java identifier: {@code Sessions}. */
    public final String tagName;

    public final String apiClassName;
    public final String accessor;
    public final String description;
    public String markdownDescription = "";
    public final List<Operation> operations = new ArrayList<>();
    public final List<Adapter> adapters = new ArrayList<>();
    public final List<String> imports = new ArrayList<>();
    public final List<String> apiImports = new ArrayList<>();
    public final List<Param> boundParams = new ArrayList<>();
    public boolean last;

    Service(
        String className,
        String apiClassName,
        String tagName,
        String accessor,
        String description) {
      this.className = className;
      this.tagName = tagName;
      this.apiClassName = apiClassName;
      this.accessor = accessor;
      this.description = description;
    }
  }

  /** One HTTP operation. */
  public static final class Operation {
    public String name;
    public String httpMethod;

    /** The spec path, with a leading slash. */
    public String path;

    /** The path relative to the base URL, as Retrofit wants it. */
    public String relativePath;

    public String summary;
    public String description;
    public String markdownSummary;
    public String markdownDescription;
    public boolean deprecated;
    public final List<Param> pathParams = new ArrayList<>();

    /** Every parameter of the Retrofit method: bound path params too, then the body. */
    public final List<Param> retrofitParams = new ArrayList<>();

    public final List<Param> retrofitParamsWithoutBody = new ArrayList<>();

    /** The parameters of the facade method: path params in path order, then the body. */
    public final List<Param> serviceParams = new ArrayList<>();

    public final List<Param> withoutBodyParams = new ArrayList<>();
    public Param body;
    public boolean hasServiceParams;
    public boolean hasWithoutBodyParams;

    /** Whether the facade method takes path parameters (bound ones are not arguments). */
    public boolean hasPathArguments;

    public boolean bodyRequired;
    public boolean bodyOptional;
    JavaType responseType;
    public String returnType;
    public boolean returnsBody;
    public boolean returnsVoid;
    public String returnDescription;
    public String adapterField;
    public String decoder;

    /** The value a 204 stands for, when the operation may answer 204 instead of a body. */
    public String emptyValue;

    public String emptyDescription;
    public String markdownEmptyDescription;
    public final List<Error> errors = new ArrayList<>();
    public boolean last;
  }

  /** A parameter of an operation. */
  public static final class Param {
    public String name;
    public String baseName;
    public String type;
    public String description = "";
    public String markdownDescription = "";
    public boolean bound;
    public boolean body;
    public boolean last;

    Param copy() {
      Param copy = new Param();
      copy.name = name;
      copy.baseName = baseName;
      copy.type = type;
      copy.description = description;
      copy.markdownDescription = markdownDescription;
      copy.bound = bound;
      copy.body = body;
      return copy;
    }
  }

  /** An error status an operation documents, and the exception it maps to. */
  public static final class Error {
    public final String exception;
    public final String description;
    public final String markdownDescription;

    Error(String exception, String description, String markdownDescription) {
      this.exception = exception;
      this.description = description;
      this.markdownDescription = markdownDescription;
    }
  }

  /** A JSON adapter held in a field: one per distinct type. */
  public static final class Adapter {
    public final String field;
    public final String type;
    public final String expression;

    Adapter(String field, String type, String expression) {
      this.field = field;
      this.type = type;
      this.expression = expression;
    }
  }

  /** An object model or an open enum. */
  public static final class Model {
    public final String className;
    public final boolean isEnum;
    public final String description;
    public final List<Property> properties = new ArrayList<>();
    public final List<Property> requiredProperties = new ArrayList<>();
    public final List<Adapter> adapters = new ArrayList<>();
    public final List<EnumConstant> constants = new ArrayList<>();
    public final List<String> imports = new ArrayList<>();
    public final List<String> adapterImports = new ArrayList<>();
    public boolean hasRequired;
    public boolean usesJsonAdaptersHelper;
    public boolean last;

    Model(String className, boolean isEnum, String description) {
      this.className = className;
      this.isEnum = isEnum;
      this.description = description;
    }
  }

  /** A property of an object model. */
  public static final class Property {
    public String name;
    public String pascalName;

    /** The JSON name as the content of a Java string literal. */
    public String jsonName;

    public String rawJsonName;
    public int index;
    public String type;
    public String typeDescription;
    public String elementType;
    public String emptyValue;
    public String singularName;
    public String singularPascalName;
    public String adapterField;
    public String description;
    public String markdownDescription;
    public boolean required;
    public boolean optional;
    public boolean nullable;

    /** Whether a separate flag tells absent from an explicit null. */
    public boolean tracksPresence;

    /** Whether the accessor may return null: a scalar that is optional or nullable. */
    public boolean nullableAccessor;

    /** Whether the field may hold null: optional or nullable. */
    public boolean nullableField;

    public boolean scalar;
    public boolean container;
    public boolean list;
    public boolean set;
    public boolean map;
    public boolean readOnly;
    public boolean deprecated;
    public boolean sensitive;
    public boolean last;
  }

  /** A constant of an open enum. */
  public static final class EnumConstant {
    public final String name;

    /** The value as the content of a Java string literal. */
    public final String value;

    public final String rawValue;
    public final String description;
    public boolean last;

    EnumConstant(String name, String value, String rawValue, String description) {
      this.name = name;
      this.value = value;
      this.rawValue = rawValue;
      this.description = description;
    }
  }
}
