package org.dossier.installation;

import java.util.List;
import java.util.Optional;
import org.dossier.align.Aligner;
import org.dossier.align.Alignment;
import org.dossier.align.Bead;
import org.dossier.align.Beads;
import org.dossier.align.Sentence;
import org.dossier.align.SentenceSplitter;
import org.dossier.catalogue.Catalogue;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.CataloguedVersion;
import org.dossier.catalogue.StoredAlignment;
import org.dossier.model.Language;

/**
 * Sentence alignments of the language versions of catalogued documents, for the side-by-side view,
 * the API's aligned pairs and TMX exports. An alignment is computed on first request and kept in
 * the catalogue; later requests read it back (splitting the texts again is cheap and deterministic,
 * aligning is not). It is recomputed when either version has been replaced by a new revision since,
 * or when the aligner changed: a new version invalidates only the pairs of its language. Safe for
 * use by many threads.
 */
public final class Alignments {
  /**
   * Names the aligner that computed a kept alignment; change it whenever the splitter or aligner
   * changes its output, so that kept alignments are recomputed.
   */
  static final String METHOD = "dossier-align/1";

  private final Catalogue catalogue;

  Alignments(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * The sentence alignment of a document's current {@code source} and {@code target} versions.
   *
   * @param symbolOrKey a symbol (any case and spacing) or catalogue key
   * @throws InstallationException naming the document or language when there is no such document,
   *     the two languages are the same, or a version is missing
   */
  public Alignment of(String symbolOrKey, Language source, Language target) {
    CataloguedDocument document =
        catalogue
            .find(symbolOrKey)
            .orElseThrow(() -> new InstallationException("no document " + symbolOrKey.strip()));
    return of(document, source, target);
  }

  /** As {@link #of(String, Language, Language)}, for a document already found. */
  public Alignment of(CataloguedDocument document, Language source, Language target) {
    if (source == target) {
      throw new InstallationException(
          "cannot align " + document.key() + " " + source.code() + " with itself");
    }
    List<CataloguedVersion> versions = catalogue.currentVersions(document.id());
    CataloguedVersion sourceVersion = version(document, versions, source);
    CataloguedVersion targetVersion = version(document, versions, target);
    List<Sentence> sourceSentences =
        SentenceSplitter.forLanguage(source.code()).split(sourceVersion.text());
    List<Sentence> targetSentences =
        SentenceSplitter.forLanguage(target.code()).split(targetVersion.text());
    List<Bead> beads =
        kept(document, sourceVersion, targetVersion, sourceSentences, targetSentences)
            .orElseGet(() -> {
              List<Bead> computed =
                  Aligner.forLanguages(source.code(), target.code())
                      .alignSentences(sourceSentences, targetSentences);
              catalogue.keepAlignment(
                  new StoredAlignment(
                      document.id(),
                      source,
                      target,
                      sourceVersion.changeSeq(),
                      targetVersion.changeSeq(),
                      METHOD,
                      Beads.format(computed)));
              return computed;
            });
    return new Alignment(
        document.key(), source.code(), target.code(), sourceSentences, targetSentences, beads);
  }

  /** The kept beads, if they were computed from these versions by this aligner. */
  private Optional<List<Bead>> kept(
      CataloguedDocument document,
      CataloguedVersion source,
      CataloguedVersion target,
      List<Sentence> sourceSentences,
      List<Sentence> targetSentences) {
    return catalogue
        .alignment(document.id(), source.language(), target.language())
        .filter(stored -> stored.sourceChange() == source.changeSeq())
        .filter(stored -> stored.targetChange() == target.changeSeq())
        .filter(stored -> stored.method().equals(METHOD))
        .map(stored -> Beads.parse(stored.beads(), "kept alignment of " + document.key()))
        .filter(beads -> covers(beads, sourceSentences.size(), targetSentences.size()));
  }

  /** A kept alignment must link every sentence once, in order; anything else is recomputed. */
  private static boolean covers(List<Bead> beads, int sourceCount, int targetCount) {
    int i = 0;
    int j = 0;
    for (Bead bead : beads) {
      for (int index : bead.source()) {
        if (index != i++) {
          return false;
        }
      }
      for (int index : bead.target()) {
        if (index != j++) {
          return false;
        }
      }
    }
    return i == sourceCount && j == targetCount;
  }

  private static CataloguedVersion version(
      CataloguedDocument document, List<CataloguedVersion> versions, Language language) {
    return versions.stream()
        .filter(version -> version.language() == language)
        .findFirst()
        .orElseThrow(() ->
            new InstallationException(
                document.key()
                    + " has no "
                    + language.code()
                    + " version (it has "
                    + String.join(" ", versions.stream().map(v -> v.language().code()).toList())
                    + ")"));
  }
}
