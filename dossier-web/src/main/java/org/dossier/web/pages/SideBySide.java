package org.dossier.web.pages;

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
    return indices.stream().map(i -> sentences.get(i).text()).toList();
  }
}
