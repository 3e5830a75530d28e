package org.dossier.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.dossier.model.DocumentRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AkomaNtosoTest {
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    schema = factory.newSchema(Shared.path("schemas/akomantoso30.xsd").toFile());
  }

  private static void assertValid(String xml) {
    assertThatCode(() -> schema.newValidator().validate(new StreamSource(new StringReader(xml))))
        .as(xml)
        .doesNotThrowAnyException();
  }

  @Test
  void fullRecordIsValidAkomaNtosoWithAkn4unIdentifiers() {
    String xml =
        AkomaNtoso.write(
            new ParsedDocument(
                Records.full(),
                Format.TEXT,
                "Lettre datée du 3 mars 2021\n\nPremier.\n\nSecond.\n"));

    assertValid(xml);
    assertThat(xml)
        .contains("<doc name=\"officialLetter\">")
        .contains(
            "<FRBRthis value=\"/akn/un/doc/communication/un-ga-hrc/2021-03-10/A-HRC-46-G-5/!main\"/>")
        .contains(
            "<FRBRuri value=\"/akn/un/doc/communication/un-ga-hrc/2021-03-10/A-HRC-46-G-5/fra@2021-03-10\"/>")
        .contains("<FRBRnumber value=\"A-HRC-46-G-5\" showAs=\"A/HRC/46/G/5\"/>")
        .contains("<docNumber refersTo=\"#symbol\">A/HRC/46/G/5</docNumber>")
        .contains("<inline name=\"distribution\" refersTo=\"#distributionGeneral\">")
        .contains("<session value=\"46\" refersTo=\"#session\">")
        .contains("<docketNumber refersTo=\"#publicationJobNumber\">GE.21-02871(F)</docketNumber>")
        .contains("<component eId=\"cmp_annex_1\">")
        .contains("/!annex_1");
  }

  @Test
  void emptyRecordIsStillValid() {
    assertValid(
        AkomaNtoso.write(
            new ParsedDocument(DocumentRecord.builder("x").build(), Format.TEXT, "\n")));
  }

  @Test
  void resolutionIsAStatementAndControlCharactersAreDropped() {
    DocumentRecord resolution =
        Records.full().toBuilder()
            .symbol("A/HRC/RES/46/1")
            .docType(org.dossier.model.DocType.RESOLUTION)
            .build();

    String xml =
        AkomaNtoso.write(
            new ParsedDocument(resolution, Format.TEXT, "Title\n\nBad \u0001 byte.\n"));

    assertValid(xml);
    assertThat(xml).contains("<statement name=\"resolution\">").contains("Bad  byte.");
  }

  @Test
  void aDecisionWithADraftsSymbolIsADraftDecision() {
    DocumentRecord draft =
        Records.full().toBuilder()
            .symbol("A/HRC/46/L.31")
            .docType(org.dossier.model.DocType.DECISION)
            .build();
    DocumentRecord adopted =
        Records.full().toBuilder()
            .symbol("A/HRC/DEC/46/115")
            .docType(org.dossier.model.DocType.DECISION)
            .build();

    String draftXml = AkomaNtoso.write(new ParsedDocument(draft, Format.TEXT, "Title\n"));
    String adoptedXml = AkomaNtoso.write(new ParsedDocument(adopted, Format.TEXT, "Title\n"));

    assertValid(draftXml);
    assertThat(draftXml).contains("<statement name=\"decisionDraft\">");
    assertThat(adoptedXml).contains("<statement name=\"decision\">");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "en-letter.txt",
        "fr-note-verbale.md",
        "es-note-verbale.txt",
        "ru-note-verbale.txt",
        "ar-note-verbale.txt",
        "zh-note-verbale.txt"
      })
  void everyFixtureParsesToValidAkomaNtoso(String fixture) throws Exception {
    ParsedDocument document = DocumentParser.create().parse(fixture, FixturesTest.bytes(fixture));

    String xml = AkomaNtoso.write(document);

    assertValid(xml);
    assertThat(xml).contains("<FRBRlanguage language=\"" + document.record().language().iso6392());
  }
}
