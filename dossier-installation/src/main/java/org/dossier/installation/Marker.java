package org.dossier.installation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The file that makes a directory a Dossier installation. It records the layout of the directory (a
 * number raised whenever a newer Dossier lays out its data in a way an older one cannot read) and
 * the Dossier release that created it. It is the first thing written into a new directory, so a
 * directory holding anything else but no marker was never a Dossier installation.
 */
final class Marker {
  static final String FILE = "dossier-installation.properties";
  static final int LAYOUT = 1;
  private static final String FORMAT = "dossier-installation";

  private Marker() {}

  /** The release of Dossier this code belongs to. */
  static String currentVersion() {
    Properties properties = new Properties();
    try (InputStream in = Marker.class.getResourceAsStream("dossier-version.properties")) {
      if (in == null) {
        throw new IllegalStateException("dossier-version.properties is missing from the build");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read dossier-version.properties", e);
    }
    return properties.getProperty("dossier.version");
  }

  /**
   * Makes sure {@code directory} is a Dossier installation this code can use: creates it (marker
   * first) when missing or empty, refuses anything else without a marker and any layout newer than
   * {@link #LAYOUT}.
   */
  static void claim(Path directory) {
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw new InstallationException(
          directory + " is not a directory, so it cannot be a Dossier data directory");
    }
    Path marker = directory.resolve(FILE);
    if (Files.isRegularFile(marker)) {
      requireReadable(directory, read(marker));
      return;
    }
    if (!isMissingOrEmpty(directory)) {
      throw new InstallationException(
          directory
              + " is not a Dossier data directory: it is not empty and has no "
              + FILE
              + " (give a new or empty directory with --data)");
    }
    write(directory, LAYOUT, currentVersion());
  }

  /** Writes a marker atomically, creating the directory if needed. */
  static void write(Path directory, int layout, String version) {
    Properties properties = new Properties();
    properties.setProperty("format", FORMAT);
    properties.setProperty("layout", Integer.toString(layout));
    properties.setProperty("created-by", version);
    try {
      Files.createDirectories(directory);
      StringWriter text = new StringWriter();
      properties.store(text, "Dossier data directory: do not edit");
      Path temp = directory.resolve(FILE + ".tmp");
      Files.writeString(temp, text.toString(), StandardCharsets.UTF_8);
      Files.move(
          temp,
          directory.resolve(FILE),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new InstallationException(
          "Cannot create the data directory " + directory + ": " + Reasons.of(e), e);
    }
  }

  private static void requireReadable(Path directory, Properties marker) {
    if (!FORMAT.equals(marker.getProperty("format"))) {
      throw new InstallationException(
          directory + " is not a Dossier data directory: " + FILE + " has no format=" + FORMAT);
    }
    String layoutText = marker.getProperty("layout", "");
    int layout;
    try {
      layout = Integer.parseInt(layoutText.strip());
    } catch (NumberFormatException e) {
      throw new InstallationException(
          directory + "/" + FILE + ": layout must be a number, got '" + layoutText + "'", e);
    }
    if (layout > LAYOUT) {
      throw new InstallationException(
          directory
              + " was written by a newer Dossier ("
              + marker.getProperty("created-by", "unknown release")
              + ", data layout "
              + layout
              + ") than this one ("
              + currentVersion()
              + ", data layout "
              + LAYOUT
              + "): use that Dossier or a newer one");
    }
  }

  private static Properties read(Path marker) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new InstallationException("Cannot read " + marker + ": " + e.getMessage(), e);
    }
    return properties;
  }

  private static boolean isMissingOrEmpty(Path directory) {
    if (!Files.exists(directory)) {
      return true;
    }
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new InstallationException(
          "Cannot read the directory " + directory + ": " + Reasons.of(e), e);
    }
  }
}
