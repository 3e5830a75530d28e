package org.dossier.installation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.align.Alignment;
import org.dossier.align.Bead;
import org.dossier.catalogue.StoredAlignment;
import org.dossier.corpus.CorpusGenerator;
import org.dossier.corpus.Format;
import org.dossier.corpus.GeneratedDocument;
import org.dossier.corpus.GeneratedVersion;
import org.dossier.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alignments are computed on first request, kept, and recomputed only for a changed version. */
class AlignmentsTest {
  @TempDir Path temp;

  /** A generated document whose versions print its symbol, so a new revision joins it. */
  private final GeneratedDocument document =
      new CorpusGenerator(7)
          .withNoise(false)
          .documents(20)
          .filter(generated ->
              generated.versions().stream()
                  .allMatch(version -> version.text().contains(generated.symbol())))
          .findFirst()
          .orElseThrow();

  private void importVersions(Installation installation, Path directory) throws IOException {
    Files.createDirectories(directory);
    for (GeneratedVersion version : document.versions()) {
      Files.write(directory.resolve(version.fileName(Format.TXT)), version.render(Format.TXT));
    }
    installation.importFiles(List.of(directory), ImportListener.SILENT);
  }

  @Test
  void anAlignmentIsKeptAndOnlyANewVersionOfItsLanguagesRecomputesIt() throws IOException {
    try (Installation installation = Installation.open(temp.resolve("data"))) {
      importVersions(installation, temp.resolve("in"));
      Alignments alignments = installation.alignments();
      Alignment french = alignments.of(document.symbol(), Language.EN, Language.FR);
      alignments.of(document.symbol(), Language.EN, Language.RU);
      long id = installation.catalogue().find(document.symbol()).orElseThrow().id();
      StoredAlignment keptRussian =
          installation.catalogue().alignment(id, Language.EN, Language.RU).orElseThrow();

      assertThat(french.beads()).isNotEmpty();
      assertThat(french.source()).hasSizeGreaterThan(3);

      // A kept alignment is read back, not recomputed: swap in one that is still consistent.
      StoredAlignment kept =
          installation.catalogue().alignment(id, Language.EN, Language.FR).orElseThrow();
      String allInOne =
          new Bead(range(french.source().size()), range(french.target().size())) + "\n";
      installation
          .catalogue()
          .keepAlignment(
              new StoredAlignment(
                  id,
                  Language.EN,
                  Language.FR,
                  kept.sourceChange(),
                  kept.targetChange(),
                  kept.method(),
                  allInOne));
      assertThat(alignments.of(document.symbol(), Language.EN, Language.FR).beads()).hasSize(1);

      // A new French revision makes the en-fr alignment stale; en-ru is left alone.
      GeneratedVersion frenchVersion = document.version(Language.FR);
      Path changed = temp.resolve("changed").resolve(frenchVersion.fileName(Format.TXT));
      Files.createDirectories(changed.getParent());
      Files.writeString(
          changed,
          new String(frenchVersion.render(Format.TXT), frenchVersion.textCharset())
              + "\nUne phrase ajoutée dans la nouvelle révision.\n",
          StandardCharsets.UTF_8);
      installation.importFiles(List.of(changed), ImportListener.SILENT);

      Alignment realigned = alignments.of(document.symbol(), Language.EN, Language.FR);
      assertThat(realigned.beads()).hasSizeGreaterThan(1);
      assertThat(realigned.target().getLast().text())
          .isEqualTo("Une phrase ajoutée dans la nouvelle révision.");
      assertThat(installation.catalogue().alignment(id, Language.EN, Language.RU))
          .contains(keptRussian);
    }
  }

  @Test
  void aMissingDocumentOrVersionIsNamed() throws IOException {
    try (Installation installation = Installation.open(temp.resolve("data"))) {
      assertThatThrownBy(() -> installation.alignments().of("A/HRC/99/1", Language.EN, Language.FR))
          .isInstanceOf(InstallationException.class)
          .hasMessage("no document A/HRC/99/1");
      assertThatThrownBy(
              () -> installation.alignments().of(document.symbol(), Language.EN, Language.EN))
          .isInstanceOf(InstallationException.class);
    }
  }

  private static List<Integer> range(int count) {
    return java.util.stream.IntStream.range(0, count).boxed().toList();
  }
}
