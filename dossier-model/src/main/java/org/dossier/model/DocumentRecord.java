package org.dossier.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The structured record of one language version of a document: the contract of {@code dossier
 * parse} (see {@code spec/product.md}, "The record"). Field names are part of the contract; unknown
 * values are {@code null} and unknown lists are empty, never {@code null}.
 */
public record DocumentRecord(
    String source,
    String symbol,
    List<String> symbols,
    Language language,
    Language originalLanguage,
    String organ,
    String body,
    SessionRef session,
    List<AgendaRef> agendaItems,
    Distribution distribution,
    LocalDate issueDate,
    DocType docType,
    String title,
    LocalDate titleDate,
    String sender,
    String addressee,
    String country,
    String jobNumber,
    List<Annex> annexes,
    List<Citation> citations,
    List<String> footnotes,
    List<Warning> warnings) {

  public DocumentRecord {
    symbols = List.copyOf(symbols == null ? List.of() : symbols);
    agendaItems = List.copyOf(agendaItems == null ? List.of() : agendaItems);
    annexes = List.copyOf(annexes == null ? List.of() : annexes);
    citations = List.copyOf(citations == null ? List.of() : citations);
    footnotes = List.copyOf(footnotes == null ? List.of() : footnotes);
    warnings = List.copyOf(warnings == null ? List.of() : warnings);
  }

  /** The session of the body the document belongs to, as printed in the masthead. */
  public record SessionRef(Integer number, LocalDate start, LocalDate end) {}

  /** An agenda item the document is issued under, with its title as printed in this version. */
  public record AgendaRef(int number, String title) {}

  /**
   * An annex: its title, the language it is printed in, and whether it is reproduced as received.
   */
  public record Annex(String title, Language language, boolean reproducedAsReceived) {}

  /** A citation as written in the text and, where unambiguous, the symbol it designates. */
  public record Citation(String text, String symbol) {}

  /** Something the parser could not read, with its 1-based position and a stable code. */
  public record Warning(int line, int column, String code, String message) {
    public Warning {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }
  }

  /** A builder starting from an empty record for the given source. */
  public static Builder builder(String source) {
    return new Builder(source);
  }

  /** A builder holding every field of this record, to derive a changed copy. */
  public Builder toBuilder() {
    return copyInto(new Builder(source));
  }

  /**
   * The same record under another source name: what a server publishes instead of the path the file
   * was read from.
   */
  public DocumentRecord withSource(String newSource) {
    return copyInto(new Builder(newSource)).build();
  }

  private Builder copyInto(Builder builder) {
    builder.symbol = symbol;
    builder.symbols.addAll(symbols);
    builder.language = language;
    builder.originalLanguage = originalLanguage;
    builder.organ = organ;
    builder.body = body;
    builder.session = session;
    builder.agendaItems.addAll(agendaItems);
    builder.distribution = distribution;
    builder.issueDate = issueDate;
    builder.docType = docType;
    builder.title = title;
    builder.titleDate = titleDate;
    builder.sender = sender;
    builder.addressee = addressee;
    builder.country = country;
    builder.jobNumber = jobNumber;
    builder.annexes.addAll(annexes);
    builder.citations.addAll(citations);
    builder.footnotes.addAll(footnotes);
    builder.warnings.addAll(warnings);
    return builder;
  }

  /** Mutable accumulator for a record; the parser fills it field by field. */
  public static final class Builder {
    private final String source;
    private String symbol;
    private final List<String> symbols = new ArrayList<>();
    private Language language;
    private Language originalLanguage;
    private String organ;
    private String body;
    private SessionRef session;
    private final List<AgendaRef> agendaItems = new ArrayList<>();
    private Distribution distribution;
    private LocalDate issueDate;
    private DocType docType;
    private String title;
    private LocalDate titleDate;
    private String sender;
    private String addressee;
    private String country;
    private String jobNumber;
    private final List<Annex> annexes = new ArrayList<>();
    private final List<Citation> citations = new ArrayList<>();
    private final List<String> footnotes = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();

    private Builder(String source) {
      this.source = source;
    }

    public Builder symbol(String value) {
      symbol = value;
      return this;
    }

    public Builder addSymbol(String value) {
      if (!symbols.contains(value)) {
        symbols.add(value);
      }
      return this;
    }

    public Builder language(Language value) {
      language = value;
      return this;
    }

    public Builder originalLanguage(Language value) {
      originalLanguage = value;
      return this;
    }

    public Builder organ(String value) {
      organ = value;
      return this;
    }

    public Builder body(String value) {
      body = value;
      return this;
    }

    public Builder session(SessionRef value) {
      session = value;
      return this;
    }

    /** Forgets the agenda items added so far (a submission form replaces those read). */
    public Builder clearAgendaItems() {
      agendaItems.clear();
      return this;
    }

    public Builder addAgendaItem(AgendaRef value) {
      agendaItems.add(value);
      return this;
    }

    public Builder distribution(Distribution value) {
      distribution = value;
      return this;
    }

    public Builder issueDate(LocalDate value) {
      issueDate = value;
      return this;
    }

    public Builder docType(DocType value) {
      docType = value;
      return this;
    }

    public Builder title(String value) {
      title = value;
      return this;
    }

    public Builder titleDate(LocalDate value) {
      titleDate = value;
      return this;
    }

    public Builder sender(String value) {
      sender = value;
      return this;
    }

    public Builder addressee(String value) {
      addressee = value;
      return this;
    }

    public Builder country(String value) {
      country = value;
      return this;
    }

    public Builder jobNumber(String value) {
      jobNumber = value;
      return this;
    }

    public Builder addAnnex(Annex value) {
      annexes.add(value);
      return this;
    }

    public Builder addCitation(Citation value) {
      citations.add(value);
      return this;
    }

    public Builder addFootnote(String value) {
      footnotes.add(value);
      return this;
    }

    public Builder warn(int line, int column, String code, String message) {
      warnings.add(new Warning(line, column, code, message));
      return this;
    }

    public DocumentRecord build() {
      return new DocumentRecord(
          source,
          symbol,
          symbols,
          language,
          originalLanguage,
          organ,
          body,
          session,
          agendaItems,
          distribution,
          issueDate,
          docType,
          title,
          titleDate,
          sender,
          addressee,
          country,
          jobNumber,
          annexes,
          citations,
          footnotes,
          warnings);
    }
  }
}
