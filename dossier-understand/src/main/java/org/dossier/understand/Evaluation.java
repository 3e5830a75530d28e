package org.dossier.understand;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.dossier.model.DocumentRecord;
import org.dossier.model.Language;

/**
 * Field-by-field accuracy of parsed records against gold records: exact match for each scalar
 * field, set F1 for each list field, per field and per language (the gold record's). Records are
 * paired by the file name of their source, so gold written for {@code seeds/a.txt} matches a parse
 * of {@code /tmp/a.txt}. A gold record with no parsed record (the parser refused the file, or it
 * was not given) scores 0 on every field: a file the parser cannot read is a miss, not a gap.
 */
public final class Evaluation {

  /** The score of one field over all languages: mean of per-document scores in [0, 1]. */
  public record FieldScore(String field, double score, int documents) {}

  /** The score of one field over the gold documents of one language. */
  public record Cell(String field, Language language, double score, int documents) {}

  /** A field whose parsed value differs from the gold one. */
  public record Miss(String source, String field, String expected, String actual) {}

  /**
   * Per-field scores in contract order, the same per language, every miss, and the gold sources
   * that had no parsed record (already counted as misses on every field).
   */
  public record Report(
      int documents,
      List<FieldScore> fields,
      List<Cell> cells,
      List<Miss> misses,
      List<String> unmatchedGold) {

    /** Mean over all fields and documents. */
    public double overall() {
      double sum = 0;
      int count = 0;
      for (FieldScore field : fields) {
        sum += field.score() * field.documents();
        count += field.documents();
      }
      return sum / count;
    }

    /** The accuracy of a field over the documents of a language; there must be some. */
    public double accuracy(String field, Language language) {
      return cells.stream()
          .filter(cell -> cell.field().equals(field) && cell.language() == language)
          .findFirst()
          .orElseThrow(() ->
              new IllegalArgumentException(
                  "no " + language.code() + " document scored for field " + field))
          .score();
    }

    /** The languages that have gold documents, in enum order. */
    public List<Language> languages() {
      return cells.stream().map(Cell::language).distinct().toList();
    }

    /** Every field-language cell scoring below {@code min}: the gate fails if any. */
    public List<Cell> belowGate(double min) {
      // The tolerance keeps 0.99 from failing a gate of 0.99 through floating-point rounding.
      return cells.stream().filter(cell -> cell.score() + 1e-9 < min).toList();
    }
  }

  private record Scalar(String name, Function<DocumentRecord, Object> value) {}

  private record ListField(String name, Function<DocumentRecord, List<String>> values) {}

  private static final List<Scalar> SCALARS =
      List.of(
          new Scalar("symbol", DocumentRecord::symbol),
          new Scalar("language", DocumentRecord::language),
          new Scalar("originalLanguage", DocumentRecord::originalLanguage),
          new Scalar("organ", DocumentRecord::organ),
          new Scalar("body", DocumentRecord::body),
          new Scalar("session", DocumentRecord::session),
          new Scalar("distribution", DocumentRecord::distribution),
          new Scalar("issueDate", DocumentRecord::issueDate),
          new Scalar("docType", DocumentRecord::docType),
          new Scalar("title", DocumentRecord::title),
          new Scalar("titleDate", DocumentRecord::titleDate),
          new Scalar("sender", DocumentRecord::sender),
          new Scalar("addressee", DocumentRecord::addressee),
          new Scalar("country", DocumentRecord::country),
          new Scalar("jobNumber", DocumentRecord::jobNumber));

  private static final List<ListField> LISTS =
      List.of(
          new ListField("symbols", DocumentRecord::symbols),
          new ListField(
              "agendaItems",
              r -> r.agendaItems().stream().map(a -> a.number() + " " + a.title()).toList()),
          new ListField(
              "annexes",
              r ->
                  r.annexes().stream()
                      .map(a -> a.title() + " [" + a.language() + "] " + a.reproducedAsReceived())
                      .toList()),
          new ListField(
              "citations",
              r ->
                  r.citations().stream()
                      .map(c -> c.symbol() != null ? c.symbol() : "text:" + c.text())
                      .toList()),
          new ListField("footnotes", DocumentRecord::footnotes));

  /** Names of the evaluated fields, in contract order. */
  public static final List<String> FIELDS = fieldNames();

  private Evaluation() {}

  private static List<String> fieldNames() {
    List<String> names = new ArrayList<>();
    SCALARS.forEach(s -> names.add(s.name()));
    LISTS.forEach(l -> names.add(l.name()));
    return List.copyOf(names);
  }

  /**
   * Scores {@code parsed} against {@code gold}.
   *
   * @throws IllegalArgumentException when there is no gold record or one has no language: nothing
   *     would be scored, and an empty score must not read as a perfect one
   */
  public static Report evaluate(List<DocumentRecord> gold, List<DocumentRecord> parsed) {
    if (gold.isEmpty()) {
      throw new IllegalArgumentException("no gold record: nothing to score");
    }
    Map<String, DocumentRecord> bySource = new HashMap<>();
    for (DocumentRecord record : parsed) {
      bySource.put(key(record.source()), record);
    }
    Map<Language, Map<String, double[]>> sums = new EnumMap<>(Language.class);
    Map<Language, Integer> counts = new EnumMap<>(Language.class);
    List<Miss> misses = new ArrayList<>();
    List<String> unmatched = new ArrayList<>();
    for (DocumentRecord expected : gold) {
      Language language = expected.language();
      if (language == null) {
        throw new IllegalArgumentException("gold record " + expected.source() + " has no language");
      }
      counts.merge(language, 1, Integer::sum);
      Map<String, double[]> languageSums = sums.computeIfAbsent(language, l -> zeroPerField());
      DocumentRecord actual = bySource.get(key(expected.source()));
      if (actual == null) {
        unmatched.add(expected.source());
        continue;
      }
      for (Scalar scalar : SCALARS) {
        Object want = scalar.value().apply(expected);
        Object got = scalar.value().apply(actual);
        if (Objects.equals(want, got)) {
          languageSums.get(scalar.name())[0] += 1;
        } else {
          misses.add(new Miss(expected.source(), scalar.name(), show(want), show(got)));
        }
      }
      for (ListField list : LISTS) {
        List<String> want = list.values().apply(expected);
        List<String> got = list.values().apply(actual);
        double f1 = f1(want, got);
        languageSums.get(list.name())[0] += f1;
        if (f1 < 1) {
          misses.add(new Miss(expected.source(), list.name(), want.toString(), got.toString()));
        }
      }
    }
    List<Cell> cells = new ArrayList<>();
    List<FieldScore> scores = new ArrayList<>();
    for (String field : FIELDS) {
      double fieldSum = 0;
      for (Map.Entry<Language, Map<String, double[]>> language : sums.entrySet()) {
        double sum = language.getValue().get(field)[0];
        int documents = counts.get(language.getKey());
        cells.add(new Cell(field, language.getKey(), sum / documents, documents));
        fieldSum += sum;
      }
      scores.add(new FieldScore(field, fieldSum / gold.size(), gold.size()));
    }
    return new Report(gold.size(), scores, cells, misses, unmatched);
  }

  private static Map<String, double[]> zeroPerField() {
    Map<String, double[]> sums = new HashMap<>();
    FIELDS.forEach(name -> sums.put(name, new double[1]));
    return sums;
  }

  /** Set F1 of two lists; two empty lists agree perfectly. */
  static double f1(List<String> expected, List<String> actual) {
    Set<String> want = new HashSet<>(expected);
    Set<String> got = new HashSet<>(actual);
    if (want.isEmpty() && got.isEmpty()) {
      return 1;
    }
    if (want.isEmpty() || got.isEmpty()) {
      return 0;
    }
    Set<String> common = new HashSet<>(want);
    common.retainAll(got);
    double precision = (double) common.size() / got.size();
    double recall = (double) common.size() / want.size();
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  private static String key(String source) {
    if (source == null) {
      return "";
    }
    String path = source.replace('\\', '/');
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static String show(Object value) {
    return value == null ? "null" : value.toString();
  }
}
