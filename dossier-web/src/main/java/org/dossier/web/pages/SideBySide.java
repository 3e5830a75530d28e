package org.dossier.web.pages;

import java.util.ArrayList;
import java.util.List;
import org.dossier.align.Alignment;
import org.dossier.align.Sentence;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.CataloguedVersion;
import org.dossier.installation.InstallationException;
import org.dossier.web.Library;

/**
 * Two versions of a document side by side: the rows are the beads of the sentence alignment the
 * installation keeps (read through the viewer's library), so a sentence the translator split in two
 * sits in one row with its original. When no alignment can be computed the rows are paragraphs.
 * Each row is one stop of the keyboard's tab order (not each sentence): focusing it shows the
 * sentences of both sides that translate each other.
 */
record SideBySide(List<Views.Row> rows, boolean bySentence) {
  static SideBySide of(
      Library library,
      CataloguedDocument document,
      CataloguedVersion left,
      CataloguedVersion right) {
    Alignment alignment;
    try {
      alignment = library.alignment(document, left.language(), right.language());
    } catch (InstallationException e) {
      return new SideBySide(Paragraphs.aligned(left, right), false);
    }
    if (alignment.beads().isEmpty()) {
      return new SideBySide(Paragraphs.aligned(left, right), false);
    }
    return new SideBySide(
        alignment.beads().stream()
            .map(bead ->
                new Views.Row(
                    texts(alignment.source(), bead.source()),
                    texts(alignment.target(), bead.target())))
            .toList(),
        true);
  }

  private static List<String> texts(List<Sentence> sentences, List<Integer> indices) {
    return spaced(indices.stream().map(i -> sentences.get(i).text()).toList());
  }

  /**
   * The sentences of one cell as they are read one after the other: each but the last followed by a
   * space, except after a sentence in a script written without spaces between words and sentences
   * (Chinese, Japanese: "…此案。请秘书长…").
   */
  static List<String> spaced(List<String> sentences) {
    List<String> spaced = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      String sentence = sentences.get(i);
      boolean last = i == sentences.size() - 1;
      spaced.add(
          last || sentence.isEmpty() || unspaced(sentence.charAt(sentence.length() - 1))
              ? sentence
              : sentence + " ");
    }
    return spaced;
  }

  /** An ideograph, kana, or the punctuation of those scripts ("。", "」", "！"). */
  private static boolean unspaced(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    if (script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA) {
      return true;
    }
    Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
    return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
  }
}
