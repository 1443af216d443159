package io.github.webrtcsdk.sessions.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * What the templates print: plain values decided by the generator's concern classes ({@link
 * Models}, {@link Operations}, {@link Services} and the others), one view per file or part of one.
 *
 * <p>Public fields because JMustache reads them reflectively; final where the value is known when
 * the view is made, set once by the class that builds the view otherwise. Text fields that come
 * from the spec are already escaped for Javadoc, {@code markdown*} fields for Markdown.
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
    public boolean hasDeprecatedModels;

    /** Whether some operations are served by servers of their own: see {@code Apis}. */
    public boolean hasOperationServers;

    /** Those servers, each once, as Java string literals' content. */
    public final List<String> operationServerUrls = new ArrayList<>();

    /** The callbacks parser; null when the API sends none. */
    public Callbacks callbacks;

    /** The OAuth 2.0 client-credentials token URL of the document, as literal content; or null. */
    public String oauth2TokenUrl;

    /** The {@code User-Agent} product and version, as literal content. */
    public String userAgentProduct;

    public String userAgentVersion;
  }

  /** The result of an operation whose 2xx responses have different bodies. */
  public static final class Result {
    public String className;
    public String operationId;
    public final List<ResultCase> cases = new ArrayList<>();
    public final java.util.Set<String> imports = new java.util.TreeSet<>();

    /** The JSON adapters the decoder takes: {@code JsonAdapter<Thing> status200}. */
    public String decoderParameters;
  }

  /** One documented 2xx status of a {@link Result}. */
  public static final class ResultCase {
    JavaType javaType;
    public String statusCode;

    /** {@code Status201}: the subclass and the visitor method. */
    public String name;

    public String type;
    public String description;
    public boolean hasBody;
    public boolean text;
    boolean binary;

    /** Whether the body is JSON, read with an adapter handed to the decoder. */
    public boolean jsonAdapter;

    public boolean last;
  }

  /** The parser of the callback requests the API sends to the caller's server. */
  public static final class Callbacks {
    public final List<Callback> callbacks = new ArrayList<>();
    public final List<Adapter> adapters = new ArrayList<>();
    public final List<String> imports = new ArrayList<>();
    public boolean suppressDeprecation;
  }

  /** One callback's payload: {@code parseStatusCallback(String)}. */
  public static final class Callback {
    JavaType javaType;
    public String name;
    public String method;
    public String type;
    public String description;
    public String adapterField;

    /** How the API sends it: {@code POST {statusCallbackUrl}}, escaped for Javadoc. */
    public final List<String> requests = new ArrayList<>();

    /** The operations that register it. */
    public final List<String> operations = new ArrayList<>();
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

    /** The servers of its operations that have their own, each once. */
    public final List<Server> servers = new ArrayList<>();

    /** Whether some of its operations are sent to the client's base URL, through {@code api}. */
    public boolean usesBaseUrl;

    /** Whether its operations use models the API deprecates. */
    public boolean suppressDeprecation;

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
    public String deprecationText;
    public final List<Param> pathParams = new ArrayList<>();

    /** The query and header parameters as the Retrofit method takes them. */
    public final List<Param> queryParams = new ArrayList<>();

    /** Whether its types include models the API deprecates. */
    public boolean usesDeprecatedModels;

    /** The class of the query and header parameters, {@code ListThingsParams}; null for none. */
    public String paramsClass;

    /** Whether the request body is binary, a streamed {@code RequestBody}. */
    public boolean binaryRequest;

    /** The media type of a binary or text request body. */
    public String requestMediaType;

    /** The request's Accept header. */
    public String accept;

    /** The response headers the API documents, for Javadoc: {@code Location} (201): ... */
    public final List<String> responseHeaders = new ArrayList<>();

    /** The operation's own server, as a Java string literal's content; null for the default. */
    public String serverUrl;

    /** The service's constant that holds {@link #serverUrl}; null for the default. */
    public Server server;

    /**
     * The service's field of the Retrofit interface that builds its requests: {@code api}, or the
     * one for its {@link #server}.
     */
    public String api;

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

    /** Whether the response body is text (text/plain, XML), returned as a String. */
    public boolean responseText;

    /** Whether the response body is binary, returned open as an OkHttp {@code ResponseBody}. */
    public boolean responseBinary;

    /** The result class when its 2xx responses have different bodies; null otherwise. */
    public Result result;

    final List<JavaType> resultAdapterTypes = new ArrayList<>();

    public String returnType;

    /** The type of the Retrofit method's {@code Call}. */
    public String retrofitReturnType;

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

    /** The type in the facade method. */
    public String type;

    public String description = "";
    public String markdownDescription = "";
    public boolean bound;
    public boolean body;

    /** Whether this is the operation's parameters object, {@code ListThingsParams params}. */
    public boolean params;

    /** The Retrofit annotation: {@code @Path("id")}, {@code @Query("limit")}, {@code @Body}. */
    public String annotation;

    /** The type in the Retrofit method: its {@code String.valueOf} is the text sent. */
    public String retrofitType;

    /** Whether the Retrofit argument may be null, which leaves the parameter out. */
    public boolean nullable;

    /** The facade's expression for the Retrofit argument: {@code params.limit()}. */
    public String argument;

    /** The facade's check of its argument before any request, a statement; null for none. */
    public String check;

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
      copy.params = params;
      copy.annotation = annotation;
      copy.retrofitType = retrofitType;
      copy.nullable = nullable;
      copy.argument = argument;
      copy.check = check;
      return copy;
    }
  }

  /** A server that some operations of a service are sent to: a constant of the service. */
  public static final class Server {
    /** {@code SERVER}, or {@code SERVER_1} and so on when there are several. */
    public String field;

    /** The Retrofit interface for it: {@code serverApi}, {@code server1Api}. */
    public String apiField;

    public final String url;

    Server(String url) {
      this.url = url;
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

    /** In a service: whether it is looked up, on first use, by a method of its name. */
    public final boolean lazy;

    /** In a service: how a call gets it, {@code sessionAdapter()} or the field. */
    public final String reference;

    /** A model's or the callbacks parser's adapter, set by the constructor. */
    Adapter(String field, String type, String expression) {
      this(field, type, expression, false);
    }

    /** A service's adapter; a lazy one is looked up on first use, by a method of its name. */
    Adapter(String field, String type, String expression, boolean lazy) {
      this.field = field;
      this.type = type;
      this.expression = expression;
      this.lazy = lazy;
      this.reference = lazy ? field + "()" : field;
    }
  }

  /**
   * A class of the model package: an {@link EnumModel}, {@link ObjectModel} (a schema's, or an
   * operation's parameters) or {@link UnionModel}. The templates tell them apart by {@code isEnum},
   * {@code isObject}, {@code isUnion} and {@code isParams}: fields, as JMustache would take a
   * method {@code isUnion()} for the value of {@code union}.
   */
  public abstract static class Model {
    public final String className;
    public final String description;
    public final boolean deprecated;
    public final boolean isEnum;
    public final boolean isObject;
    public final boolean isUnion;

    /** A class of query and header parameters, not a schema: no JSON. */
    public final boolean isParams;

    public final List<String> imports = new ArrayList<>();
    public final List<String> adapterImports = new ArrayList<>();

    /** Whether the class uses models the API deprecates without being deprecated itself. */
    public boolean suppressDeprecation;

    public boolean last;

    private Model(
        String className, String description, boolean deprecated, String kind, boolean params) {
      this.className = className;
      this.description = description;
      this.deprecated = deprecated;
      this.isEnum = kind.equals("enum");
      this.isObject = kind.equals("object") && !params;
      this.isUnion = kind.equals("union");
      this.isParams = params;
    }
  }

  /** An open enum: its constants, and any other value the API may add. */
  public static final class EnumModel extends Model {
    public final List<EnumConstant> constants = new ArrayList<>();

    /** None: the client lists the sensitive properties of every model. */
    public final List<Property> properties = java.util.Collections.emptyList();

    EnumModel(String className, String description) {
      super(className, description, false, "enum", false);
    }
  }

  /** An object model with a builder, or an operation's class of query and header parameters. */
  public static final class ObjectModel extends Model {
    /** The operation whose parameters it holds; null for a schema's model. */
    public final String operationId;

    public final List<Property> properties = new ArrayList<>();
    public final List<Property> requiredProperties = new ArrayList<>();
    public final List<Adapter> adapters = new ArrayList<>();
    public final List<PatternConstant> patterns = new ArrayList<>();
    public boolean hasRequired;
    public boolean hasAdapters;

    /** Whether build() checks constraints, which decoding does not: see objectModel.mustache. */
    public boolean hasConstraints;

    public boolean hasDeprecatedProperties;
    public boolean hasReadOnlyProperties;

    ObjectModel(String className, String description, boolean deprecated, String operationId) {
      super(className, description, deprecated, "object", operationId != null);
      this.operationId = operationId;
    }
  }

  /** A {@code oneOf} or {@code anyOf} model. */
  public static final class UnionModel extends Model {
    public final Union union;

    /** None: the client lists the sensitive properties of every model. */
    public final List<Property> properties = java.util.Collections.emptyList();

    UnionModel(String className, String description, boolean deprecated, Union union) {
      super(className, description, deprecated, "union", false);
      this.union = union;
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
    /** How the model adapter reads a non-null value: a JsonReader call, or the adapter field's. */
    public String readExpression;
    /** How the model adapter writes a non-null value, {@code value.name}. */
    public String writeStatement;
    /**
     * Whether the model adapter reads this property with its adapter alone, null included: an
     * optional, non-nullable property read through an adapter, which reads a JSON null as null.
     */
    public boolean adapterReadsNull;
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

    /** Any JSON value, {@code Object}: copied by the builder. */
    public boolean jsonValue;

    /** A free-form object, {@code Map<String, Object>}: a container whose values may be null. */
    public boolean freeForm;

    /** {@code emptyList}, {@code emptySet} or {@code emptyMap}, for containers. */
    public String emptyCall;

    /** The Java expression of the spec's default, returned when the property is absent. */
    public String defaultValue;

    public String defaultDescription;

    /** The constraint checks of build(), as statements. */
    public final List<String> checks = new ArrayList<>();

    public String deprecationText;

    /** A header parameter of a parameters class; otherwise a query parameter or property. */
    public boolean header;

    /** When the adapter writes the property; null for always. */
    public String writeCondition;

    public boolean readOnly;
    public boolean deprecated;
    public boolean sensitive;
    public boolean last;
  }

  /** A compiled {@code pattern} of a model, as a static field. */
  public static final class PatternConstant {
    public final String name;

    /** The expression as the content of a Java string literal. */
    public final String literal;

    PatternConstant(String name, String literal) {
      this.name = name;
      this.literal = literal;
    }
  }

  /** The variants of a {@code oneOf} or {@code anyOf} model, and how to tell them apart. */
  public static final class Union {
    public final List<Variant> variants = new ArrayList<>();

    /** The discriminator property as the content of a Java string literal; null for none. */
    public String discriminator;

    public String rawDiscriminator;
    public final List<Adapter> adapters = new ArrayList<>();
    public boolean anyOf;
  }

  /** One variant of a union: a model, enum, scalar or collection. */
  public static final class Variant {
    JavaType javaType;

    /**
     * The name in members: {@code Cat} gives {@code ofCat}, {@code visitCat}, {@code CatVariant}.
     */
    public String name;

    /** The name of a parameter holding it: {@code cat}. */
    public String parameterName;

    /** Whether it is an open enum, which prefers values it knows. */
    public boolean openEnum;

    /** Whether discriminator values select it. */
    public boolean discriminated;

    public String type;
    public String adapterField;
    public String description;

    /** The JSON token a value of this variant starts with; null when any may. */
    public String token;

    /** Whether the variant is a model, which keeps the properties it does not declare. */
    public boolean model;

    /** The discriminator values that select this variant, as Java string literal contents. */
    public final List<String> discriminatorValues = new ArrayList<>();

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
