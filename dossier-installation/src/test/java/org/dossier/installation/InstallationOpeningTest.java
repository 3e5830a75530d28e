package org.dossier.installation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallationOpeningTest {
  @TempDir Path temp;

  @Test
  void createsAMissingDirectoryWithItsMarkerCatalogueStoreAndIndex() {
    Path data = temp.resolve("new/data");
    try (Installation installation = Installation.open(data)) {
      assertThat(installation.directory()).isEqualTo(data.toAbsolutePath());
    }
    assertThat(data.resolve(Marker.FILE)).isRegularFile();
    assertThat(data.resolve("catalogue")).isDirectory();
    assertThat(data.resolve("files")).isDirectory();
    assertThat(data.resolve("index")).isDirectory();
  }

  @Test
  void usesAnEmptyDirectoryAndReopensItsOwn() {
    try (Installation installation = Installation.open(temp)) {
      assertThat(installation.catalogue().counts().documents()).isZero();
    }
    try (Installation again = Installation.open(temp)) {
      assertThat(again.index().lastAppliedChange()).isZero();
    }
  }

  @Test
  void refusesANonEmptyDirectoryWithoutMarker() throws IOException {
    Files.writeString(temp.resolve("holiday.jpg"), "not dossier", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Installation.open(temp))
        .isInstanceOf(InstallationException.class)
        .hasMessage(
            temp.toAbsolutePath()
                + " is not a Dossier data directory: it is not empty and has no "
                + Marker.FILE
                + " (give a new or empty directory with --data)");
    assertThat(temp.resolve(Marker.FILE)).doesNotExist();
  }

  @Test
  void refusesAFile() throws IOException {
    Path file = Files.writeString(temp.resolve("data"), "x", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Installation.open(file))
        .isInstanceOf(InstallationException.class)
        .hasMessageContaining(file + " is not a directory");
  }

  @Test
  void refusesADirectoryWrittenByANewerDossierNamingBothVersions() {
    Marker.write(temp, Marker.LAYOUT + 1, "9.4.0");
    assertThatThrownBy(() -> Installation.open(temp))
        .isInstanceOf(InstallationException.class)
        .hasMessage(
            temp.toAbsolutePath()
                + " was written by a newer Dossier (9.4.0, data layout "
                + (Marker.LAYOUT + 1)
                + ") than this one ("
                + Installation.dossierVersion()
                + ", data layout "
                + Marker.LAYOUT
                + "): use that Dossier or a newer one");
  }

  @Test
  void refusesAMarkerOfAnotherFormat() throws IOException {
    Files.writeString(temp.resolve(Marker.FILE), "format=photos\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Installation.open(temp))
        .isInstanceOf(InstallationException.class)
        .hasMessageContaining("is not a Dossier data directory")
        .hasMessageContaining("format=dossier-installation");
  }

  @Test
  void refusesASecondOpenWhileTheFirstIsOpen() {
    try (Installation first = Installation.open(temp)) {
      assertThatThrownBy(() -> Installation.open(temp))
          .isInstanceOf(InstallationException.class)
          .hasMessage(
              temp.toAbsolutePath()
                  + " is in use by another Dossier process (its index is locked)");
    }
  }
}
