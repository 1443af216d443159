package io.github.webrtcsdk.sessions.spec.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

final class SchemaConverterTest {
  private static final String COMPONENTS = String.join("\n",
      "components:",
      "  schemas:",
      "    Base:",
      "      type: object",
      "      properties:",
      "        id: {type: string, readOnly: true}",
      "        secret: {type: string, writeOnly: true}",
      "      required: [id, secret]",
      "    Derived:",
      "      allOf:",
      "        - $ref: '#/components/schemas/Base'",
      "        - properties:",
      "            extra: {type: integer}",
      "    Pet:",
      "      type: object",
      "      properties:",
      "        name: {type: string}",
      "    Labels:",
      "      type: object",
      "      additionalProperties: {type: string}",
      "");

  @Test
  void nullableAddsNullToTypeAndEnum() throws Exception {
    assertEquals(json("{'type':['string','null'],'enum':['A',null]}"),
        convert("{type: string, enum: [A], nullable: true}", Usage.ANY));
  }

  @Test
  void nullableWithoutTypeBecomesAnyOf() throws Exception {
    assertEquals(json("{'anyOf':[{'minLength':1},{'type':'null'}]}"),
        convert("{minLength: 1, nullable: true}", Usage.ANY));
  }

  @Test
  void componentRefsPointIntoDefs() throws Exception {
    assertEquals(json("{'$ref':'#/$defs/Base'}"),
        convert("{$ref: '#/components/schemas/Base'}", Usage.ANY));
  }

  @Test
  void readOnlyIsForbiddenInRequestsAndWriteOnlyInResponses() throws Exception {
    JsonNode defs = converter().toJsonSchema(node("{}"), Usage.REQUEST).get("$defs");
    assertEquals(json("{'type':'object','properties':{'id':false,'secret':{'type':'string'}},"
        + "'required':['secret']}"), defs.get("Base"));
    defs = converter().toJsonSchema(node("{}"), Usage.RESPONSE).get("$defs");
    assertEquals(json("{'type':'object','properties':{'id':{'type':'string'},'secret':false},"
        + "'required':['id']}"), defs.get("Base"));
  }

  @Test
  void objectsAreClosedUnlessTheyDeclareAdditionalProperties() throws Exception {
    JsonNode defs = converter().toJsonSchema(node("{}"), Usage.ANY).get("$defs");
    assertEquals(json("{'type':'object','properties':{'name':{'type':'string'}},"
        + "'unevaluatedProperties':false}"), defs.get("Pet"));
    assertEquals(json("{'type':'object','additionalProperties':{'type':'string'}}"),
        defs.get("Labels"));
  }

  @Test
  void allOfMembersStayOpenAndTheComposingSchemaCloses() throws Exception {
    JsonNode defs = converter().toJsonSchema(node("{}"), Usage.ANY).get("$defs");
    // Base is extended by Derived, so closing it would reject Derived's own properties.
    assertEquals(json("{'type':'object','properties':{'id':{'type':'string'},"
        + "'secret':{'type':'string'}},'required':['id','secret']}"), defs.get("Base"));
    assertEquals(json("{'allOf':[{'$ref':'#/$defs/Base'},"
        + "{'properties':{'extra':{'type':'integer'}}}],'unevaluatedProperties':false}"),
        defs.get("Derived"));
  }

  @Test
  void booleanExclusiveBoundsBecomeNumbers() throws Exception {
    assertEquals(json("{'type':'integer','exclusiveMinimum':0,'maximum':9}"),
        convert("{type: integer, minimum: 0, exclusiveMinimum: true, maximum: 9,"
            + " exclusiveMaximum: false}", Usage.ANY));
  }

  @Test
  void openApiOnlyKeywordsAreDropped() throws Exception {
    assertEquals(json("{'type':'string','description':'d'}"), convert("{type: string,"
        + " description: d, example: x, deprecated: true, x-foo: 1, xml: {name: n}}", Usage.ANY));
  }

  @Test
  void documentDeclaresDraft202012() throws Exception {
    assertEquals("https://json-schema.org/draft/2020-12/schema",
        converter().toJsonSchema(node("{}"), Usage.ANY).get("$schema").asText());
  }

  private static JsonNode convert(String schema, Usage usage) throws Exception {
    JsonNode converted = converter().toJsonSchema(node(schema), usage).deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) converted).remove("$defs");
    ((com.fasterxml.jackson.databind.node.ObjectNode) converted).remove("$schema");
    return converted;
  }

  private static SchemaConverter converter() throws Exception {
    return new SchemaConverter(node(COMPONENTS));
  }

  private static JsonNode node(String yaml) throws Exception {
    return SourceDocument.parse(yaml).root();
  }

  private static JsonNode json(String singleQuoted) throws Exception {
    return new ObjectMapper().readTree(singleQuoted.replace('\'', '"'));
  }
}
