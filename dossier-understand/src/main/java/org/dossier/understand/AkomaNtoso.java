package org.dossier.understand;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dossier.model.DocType;
import org.dossier.model.DocumentRecord;
import org.dossier.model.DocumentRecord.AgendaRef;
import org.dossier.model.DocumentRecord.Annex;
import org.dossier.model.Language;
import org.dossier.model.Symbol;
import org.dossier.model.TypeMarker;

/**
 * Writes a parsed document as Akoma Ntoso 3.0 in the AKN4UN profile: FRBR Work, Expression and
 * Manifestation with AKN4UN IRIs ({@code
 * /akn/un/doc/communication/un-ga-hrc/2020-05-06/A-HRC-43-G-17 /eng@2020-05-06}), the masthead
 * marked up in the preface ({@code docNumber}, the distribution and language inlines, {@code
 * docDate}, {@code session}, agenda items as {@code ref}, the job number as {@code docketNumber}),
 * the clean text as the main body, and each annex as a component.
 */
public final class AkomaNtoso {
  /** The Akoma Ntoso 3.0 namespace. */
  public static final String NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

  /** FRBR dates are mandatory; a record without any date gets this one, marked as unknown. */
  private static final LocalDate NO_DATE = LocalDate.of(1, 1, 1);

  private AkomaNtoso() {}

  /** The document as an Akoma Ntoso XML string. */
  public static String write(ParsedDocument document) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out);
      new Writer(document, xml).write();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(
          "cannot write Akoma Ntoso for " + document.record().source() + ": " + e.getMessage(), e);
    }
    return out.toString();
  }

  private static final class Writer {
    private final DocumentRecord r;
    private final String cleanText;
    private final XMLStreamWriter xml;
    private final String workIri;
    private final String expressionIri;
    private final LocalDate date;

    Writer(ParsedDocument document, XMLStreamWriter xml) {
      this.r = document.record();
      this.cleanText = document.cleanText();
      this.xml = xml;
      this.date = firstDate(r.issueDate(), r.titleDate(), NO_DATE);
      this.workIri =
          "/akn/un/" + element() + "/" + subtype() + "/" + actor() + "/" + date + "/" + number();
      this.expressionIri = workIri + "/" + language(r.language()) + "@" + date;
    }

    void write() throws XMLStreamException {
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("akomaNtoso");
      xml.writeDefaultNamespace(NAMESPACE);
      xml.writeStartElement(element());
      xml.writeAttribute("name", name());
      meta(workIri, expressionIri, "!main", true);
      preface();
      mainBody(bodyParagraphs());
      components();
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndDocument();
    }

    private void meta(String work, String expression, String component, boolean references)
        throws XMLStreamException {
      xml.writeStartElement("meta");
      xml.writeStartElement("identification");
      xml.writeAttribute("source", "#dossier");
      xml.writeStartElement("FRBRWork");
      empty("FRBRthis", "value", work + "/" + component);
      empty("FRBRuri", "value", work);
      frbrDate();
      empty("FRBRauthor", "href", "#" + actor());
      empty("FRBRcountry", "value", "un");
      empty("FRBRsubtype", "value", subtype());
      if (r.symbol() != null) {
        xml.writeEmptyElement("FRBRnumber");
        xml.writeAttribute("value", number());
        xml.writeAttribute("showAs", r.symbol());
      }
      empty("FRBRname", "value", name());
      xml.writeEndElement();
      xml.writeStartElement("FRBRExpression");
      empty("FRBRthis", "value", expression + "/" + component);
      empty("FRBRuri", "value", expression);
      frbrDate();
      empty("FRBRauthor", "href", "#" + actor());
      empty("FRBRlanguage", "language", language(r.language()));
      if (r.originalLanguage() != null && r.originalLanguage() != r.language()) {
        xml.writeEmptyElement("FRBRtranslation");
        xml.writeAttribute("href", work + "/" + language(r.originalLanguage()) + "@");
        xml.writeAttribute("fromLanguage", language(r.originalLanguage()));
        xml.writeAttribute("by", "#dgacm");
      }
      xml.writeEndElement();
      xml.writeStartElement("FRBRManifestation");
      empty("FRBRthis", "value", expression + "/" + component + ".xml");
      empty("FRBRuri", "value", expression + ".akn");
      frbrDate();
      empty("FRBRauthor", "href", "#dossier");
      xml.writeEndElement();
      xml.writeEndElement();
      if (references) {
        references();
      }
      xml.writeEndElement();
    }

    private void frbrDate() throws XMLStreamException {
      xml.writeEmptyElement("FRBRdate");
      xml.writeAttribute("date", date.toString());
      xml.writeAttribute("name", date.equals(NO_DATE) ? "unknown" : "publication");
    }

    private void references() throws XMLStreamException {
      xml.writeStartElement("references");
      xml.writeAttribute("source", "#dossier");
      tlc("TLCOrganization", actor(), "/akn/ontology/organization/un/" + actor(), actorName());
      tlc("TLCOrganization", "dossier", "/akn/ontology/organization/dossier", "Dossier");
      tlc(
          "TLCOrganization",
          "dgacm",
          "/akn/ontology/organization/un/dgacm",
          "Department for General Assembly and Conference Management");
      tlc("TLCConcept", "symbol", "/akn/ontology/concept/un/symbol", "Symbol");
      if (r.distribution() != null) {
        String id = "distribution" + r.distribution().label();
        tlc("TLCConcept", id, "/akn/ontology/concept/un/" + id, r.distribution().label());
      }
      tlc("TLCEvent", "publicationEvent", "/akn/ontology/event/un/publication", "Publication");
      tlc("TLCConcept", "publicationJobNumber", "/akn/ontology/concept/un/jobNumber", "Job number");
      if (r.session() != null) {
        tlc("TLCEvent", "session", "/akn/ontology/event/un/" + actor() + "-session", "Session");
      }
      xml.writeEndElement();
    }

    private void tlc(String element, String id, String href, String showAs)
        throws XMLStreamException {
      xml.writeEmptyElement(element);
      xml.writeAttribute("eId", id);
      xml.writeAttribute("href", href);
      xml.writeAttribute("showAs", showAs);
    }

    /** Whether the masthead has anything to show: an empty preface is not allowed. */
    private boolean hasPreface() {
      return r.organ() != null
          || r.body() != null
          || !r.symbols().isEmpty()
          || r.distribution() != null
          || r.issueDate() != null
          || r.language() != null
          || r.originalLanguage() != null
          || (r.session() != null && r.session().number() != null)
          || !r.agendaItems().isEmpty()
          || r.jobNumber() != null
          || r.title() != null;
    }

    private void preface() throws XMLStreamException {
      if (!hasPreface()) {
        return;
      }
      xml.writeStartElement("preface");
      if (r.organ() != null || r.body() != null) {
        paragraph(r.organ() != null ? r.organ() : r.body());
      }
      for (String symbol : r.symbols()) {
        xml.writeStartElement("p");
        inlineElement("docNumber", "refersTo", "#symbol", symbol);
        xml.writeEndElement();
      }
      if (r.distribution() != null) {
        xml.writeStartElement("p");
        xml.writeStartElement("inline");
        xml.writeAttribute("name", "distribution");
        xml.writeAttribute("refersTo", "#distribution" + r.distribution().label());
        xml.writeCharacters("Distr.: " + r.distribution().label());
        xml.writeEndElement();
        xml.writeEndElement();
      }
      if (r.issueDate() != null) {
        xml.writeStartElement("p");
        xml.writeStartElement("docDate");
        xml.writeAttribute("date", r.issueDate().toString());
        xml.writeAttribute("refersTo", "#publicationEvent");
        xml.writeCharacters(r.issueDate().toString());
        xml.writeEndElement();
        xml.writeEndElement();
      }
      if (r.language() != null) {
        xml.writeStartElement("p");
        inlineElement("inline", "name", "languageOfExpression", language(r.language()));
        xml.writeEndElement();
      }
      if (r.originalLanguage() != null) {
        xml.writeStartElement("p");
        xml.writeCharacters("Original: ");
        inlineElement("inline", "name", "originalLanguage", language(r.originalLanguage()));
        xml.writeEndElement();
      }
      if (r.session() != null && r.session().number() != null) {
        xml.writeStartElement("p");
        xml.writeStartElement("session");
        xml.writeAttribute("value", r.session().number().toString());
        xml.writeAttribute("refersTo", "#session");
        xml.writeCharacters("Session " + r.session().number());
        xml.writeEndElement();
        xml.writeEndElement();
      }
      for (AgendaRef item : r.agendaItems()) {
        xml.writeStartElement("p");
        xml.writeStartElement("ref");
        xml.writeAttribute("href", "#agendaItem" + item.number());
        xml.writeCharacters("Agenda item " + item.number());
        xml.writeEndElement();
        if (item.title() != null) {
          xml.writeCharacters(": " + item.title());
        }
        xml.writeEndElement();
      }
      if (r.jobNumber() != null) {
        xml.writeStartElement("p");
        inlineElement("docketNumber", "refersTo", "#publicationJobNumber", r.jobNumber());
        xml.writeEndElement();
      }
      if (r.title() != null) {
        xml.writeStartElement("longTitle");
        xml.writeStartElement("p");
        inlineElement("docTitle", null, null, r.title());
        xml.writeEndElement();
        xml.writeEndElement();
      }
      xml.writeEndElement();
    }

    private void components() throws XMLStreamException {
      List<Annex> annexes = r.annexes();
      if (annexes.isEmpty()) {
        return;
      }
      xml.writeStartElement("components");
      for (int i = 0; i < annexes.size(); i++) {
        Annex annex = annexes.get(i);
        String component = "!annex_" + (i + 1);
        xml.writeStartElement("component");
        xml.writeAttribute("eId", "cmp_annex_" + (i + 1));
        xml.writeStartElement("doc");
        xml.writeAttribute("name", "annex");
        meta(workIri, expressionIri, component, false);
        xml.writeStartElement("mainBody");
        xml.writeStartElement("p");
        if (annex.language() != null) {
          xml.writeAttribute(
              "xml", "http://www.w3.org/XML/1998/namespace", "lang", annex.language().code());
        }
        xml.writeCharacters(annex.title() == null ? "Annex " + (i + 1) : annex.title());
        xml.writeEndElement();
        if (annex.reproducedAsReceived()) {
          paragraph("[Reproduced as received, in the language of submission only]");
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
      }
      xml.writeEndElement();
    }

    private void mainBody(List<String> paragraphs) throws XMLStreamException {
      xml.writeStartElement("mainBody");
      if (paragraphs.isEmpty()) {
        xml.writeEmptyElement("p");
      }
      for (String paragraph : paragraphs) {
        paragraph(paragraph);
      }
      xml.writeEndElement();
    }

    /** The clean text without its first paragraph, which is the title already in the preface. */
    private List<String> bodyParagraphs() {
      List<String> paragraphs = cleanText.lines().filter(line -> !line.isBlank()).toList();
      return r.title() != null && !paragraphs.isEmpty() && paragraphs.getFirst().equals(r.title())
          ? paragraphs.subList(1, paragraphs.size())
          : paragraphs;
    }

    private void paragraph(String text) throws XMLStreamException {
      xml.writeStartElement("p");
      xml.writeCharacters(xmlSafe(text));
      xml.writeEndElement();
    }

    private void inlineElement(String element, String attribute, String value, String text)
        throws XMLStreamException {
      xml.writeStartElement(element);
      if (attribute != null) {
        xml.writeAttribute(attribute, value);
      }
      xml.writeCharacters(xmlSafe(text));
      xml.writeEndElement();
    }

    private void empty(String element, String attribute, String value) throws XMLStreamException {
      xml.writeEmptyElement(element);
      xml.writeAttribute(attribute, value);
    }

    private String element() {
      return isDeliberation() ? "statement" : "doc";
    }

    private boolean isDeliberation() {
      DocType type = r.docType();
      return type == DocType.RESOLUTION
          || type == DocType.DECISION
          || type == DocType.DRAFT_RESOLUTION;
    }

    /** AKN4UN document classes: deliberations, communications, agendas, papers. */
    private String subtype() {
      DocType type = r.docType() == null ? DocType.OTHER : r.docType();
      return switch (type) {
        case RESOLUTION, DECISION, DRAFT_RESOLUTION -> "deliberation";
        case NOTE_VERBALE, LETTER -> "communication";
        case AGENDA -> "agenda";
        case REPORT, NOTE, NGO_STATEMENT, OTHER -> "paper";
      };
    }

    private String name() {
      DocType type = r.docType() == null ? DocType.OTHER : r.docType();
      return switch (type) {
        case RESOLUTION -> "resolution";
        case DECISION -> isDraft() ? "decisionDraft" : "decision";
        case DRAFT_RESOLUTION -> "resolutionDraft";
        case NOTE_VERBALE -> "note";
        case LETTER -> "officialLetter";
        case AGENDA -> "agenda";
        case REPORT -> "report";
        case NOTE -> "note";
        case NGO_STATEMENT -> "officialStatement";
        case OTHER -> "document";
      };
    }

    /**
     * Whether the symbol marks a draft ({@code A/HRC/46/L.31}): the record names no draft decision.
     */
    private boolean isDraft() {
      return r.symbol() != null
          && Symbol.tryParse(r.symbol())
              .flatMap(Symbol::typeMarker)
              .filter(marker -> marker == TypeMarker.LIMITED)
              .isPresent();
    }

    /** AKN4UN actor: organisation, organ, body ({@code un-ga-hrc}). */
    private String actor() {
      String organ = code(r.organ());
      String body = code(r.body());
      if (organ == null && body == null) {
        return "un";
      }
      if (body == null) {
        return "un-" + organ;
      }
      return "un-" + (organ == null ? "ga" : organ) + "-" + body;
    }

    private String actorName() {
      return r.body() != null ? r.body() : r.organ() != null ? r.organ() : "United Nations";
    }

    private static String code(String name) {
      if (name == null) {
        return null;
      }
      return switch (name) {
        case "General Assembly" -> "ga";
        case "Security Council" -> "sc";
        case "Economic and Social Council" -> "ecosoc";
        case "Human Rights Council" -> "hrc";
        default -> name.replaceAll("[^A-Za-z]", "").toLowerCase(java.util.Locale.ROOT);
      };
    }

    /** The IRI form of the symbol: {@code /} becomes {@code -}, a space {@code _}. */
    private String number() {
      String printed =
          r.symbol() != null ? r.symbol() : r.jobNumber() != null ? r.jobNumber() : "unnumbered";
      return printed.replace('/', '-').replace(' ', '_').replaceAll("[^A-Za-z0-9._\\-]", "");
    }

    private static String language(Language language) {
      return language == null ? "und" : language.iso6392();
    }

    private static LocalDate firstDate(LocalDate... dates) {
      for (LocalDate date : dates) {
        if (date != null) {
          return date;
        }
      }
      return NO_DATE;
    }

    /** Characters XML 1.0 cannot carry (controls from a damaged source) are dropped. */
    private static String xmlSafe(String text) {
      StringBuilder safe = null;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean allowed =
            c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
        if (!allowed && safe == null) {
          safe = new StringBuilder(text.length()).append(text, 0, i);
        } else if (allowed && safe != null) {
          safe.append(c);
        }
      }
      return safe == null ? text : safe.toString();
    }
  }
}
