package org.dossier.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Two language versions of a document aligned sentence by sentence: what the reading room shows
 * side by side, the API returns as pairs and the TMX export writes.
 *
 * @param document the document's symbol or catalogue key, for TMX properties and messages
 * @param sourceLanguage ISO 639-1 code of the source version
 * @param targetLanguage ISO 639-1 code of the target version
 * @param source the source version's sentences
 * @param target the target version's sentences
 * @param beads the links, covering every sentence of both versions once, in order
 */
public record Alignment(
    String document,
    String sourceLanguage,
    String targetLanguage,
    List<Sentence> source,
    List<Sentence> target,
    List<Bead> beads) {

  public Alignment {
    source = List.copyOf(source);
    target = List.copyOf(target);
    beads = List.copyOf(beads);
  }

  /**
   * A linked pair of passages: the text of a bead's sentences on each side (empty for a sentence
   * with no counterpart), with the sentence indices for highlighting.
   *
   * @param sourceSentences indices into {@link #source()}
   * @param targetSentences indices into {@link #target()}
   * @param sourceText the source sentences joined
   * @param targetText the target sentences joined
   */
  public record Pair(
      List<Integer> sourceSentences,
      List<Integer> targetSentences,
      String sourceText,
      String targetText) {}

  /** The beads as text pairs, in document order. */
  public List<Pair> pairs() {
    List<Pair> pairs = new ArrayList<>(beads.size());
    for (Bead bead : beads) {
      pairs.add(
          new Pair(
              bead.source(),
              bead.target(),
              joined(source, bead.source(), sourceLanguage),
              joined(target, bead.target(), targetLanguage)));
    }
    return pairs;
  }

  /** Chinese (and Japanese) text joins sentences without a space. */
  static String joined(List<Sentence> sentences, List<Integer> indices, String language) {
    String separator =
        switch (language.toLowerCase(Locale.ROOT)) {
          case "zh", "ja" -> "";
          default -> " ";
        };
    return indices.stream()
        .map(k -> sentences.get(k).text())
        .collect(Collectors.joining(separator));
  }
}
