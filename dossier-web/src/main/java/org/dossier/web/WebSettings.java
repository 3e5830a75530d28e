package org.dossier.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * How the server listens, read from (first found wins) the command line, the environment ({@code
 * DOSSIER_HOST}, {@code DOSSIER_PORT}, {@code DOSSIER_WEB_MAX_UPLOAD_BYTES}) and a properties file
 * ({@code host=}, {@code port=}, {@code web.max-upload-bytes=}), validated at once: a wrong value
 * names the setting, where it came from and what was expected.
 *
 * @param host the address to listen on; {@code 127.0.0.1} by default, so that a reading room is
 *     only public when someone asks for it
 * @param port the TCP port, 0 for any free one
 * @param maxUploadBytes the largest multipart request body (files and fields together) an upload
 *     may have; a larger one is refused with 413 before it is read whole
 */
public record WebSettings(String host, int port, long maxUploadBytes) {
  /** The port when none is set. */
  public static final int DEFAULT_PORT = 8080;

  /** The address listened on when none is set. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** The upload limit when none is set: 20 MB. */
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 20L * 1024 * 1024;

  /** The name of the upload limit's setting, as files and messages spell it. */
  public static final String MAX_UPLOAD_SETTING = "web.max-upload-bytes";

  private static final String MAX_UPLOAD_VARIABLE = "DOSSIER_WEB_MAX_UPLOAD_BYTES";

  /** Listens on {@code host}:{@code port} with the default upload limit. */
  public WebSettings(String host, int port) {
    this(host, port, DEFAULT_MAX_UPLOAD_BYTES);
  }

  public WebSettings {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host: expected a host name or IP address, got nothing");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException(
          "port: expected a number from 0 to 65535 (0: any free port), got " + port);
    }
    if (maxUploadBytes < 1) {
      throw new IllegalArgumentException(
          MAX_UPLOAD_SETTING + ": expected a number of bytes of at least 1, got " + maxUploadBytes);
    }
  }

  /** Where a setting may come from, in order of precedence. */
  public record Sources(
      Map<String, String> commandLine, Map<String, String> environment, Optional<Path> file) {}

  /**
   * Reads the settings: each from the command line (keys {@code host}, {@code port}), else the
   * environment, else the file, else its default.
   *
   * @throws IllegalArgumentException naming the setting and its source when a value is wrong, or
   *     the file when it cannot be read
   */
  public static WebSettings read(Sources sources) {
    Map<String, String> file = sources.file().map(WebSettings::readFile).orElse(Map.of());
    String fileName = sources.file().map(Path::toString).orElse("");
    Setting host = Setting.find("host", "DOSSIER_HOST", sources, file, fileName).orElse(null);
    Setting port = Setting.find("port", "DOSSIER_PORT", sources, file, fileName).orElse(null);
    Setting maxUpload =
        Setting.find(MAX_UPLOAD_SETTING, MAX_UPLOAD_VARIABLE, sources, file, fileName).orElse(null);
    return new WebSettings(
        host == null ? DEFAULT_HOST : host.requireText(),
        port == null ? DEFAULT_PORT : port.asPort(),
        maxUpload == null ? DEFAULT_MAX_UPLOAD_BYTES : maxUpload.asByteCount());
  }

  /** The URL of the server's home page as a browser on this machine reaches it. */
  public String address(int actualPort) {
    String shown = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
    return "http://" + (shown.contains(":") ? "[" + shown + "]" : shown) + ":" + actualPort + "/";
  }

  private static Map<String, String> readFile(Path path) {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      properties.load(in);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("configuration file " + path + " does not exist", e);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "configuration file " + path + " cannot be read: " + e.getMessage(), e);
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (String name : properties.stringPropertyNames()) {
      if (!name.equals("host") && !name.equals("port") && !name.equals(MAX_UPLOAD_SETTING)) {
        throw new IllegalArgumentException(
            "configuration file "
                + path
                + ": unknown setting '"
                + name
                + "' (known: host, port, "
                + MAX_UPLOAD_SETTING
                + ")");
      }
      values.put(name, properties.getProperty(name).strip());
    }
    return values;
  }

  /** One value with where it came from, for messages. */
  private record Setting(String name, String value, String source) {
    static Optional<Setting> find(
        String name, String variable, Sources sources, Map<String, String> file, String fileName) {
      if (sources.commandLine().get(name) != null) {
        return Optional.of(new Setting(name, sources.commandLine().get(name), "--" + name));
      }
      if (sources.environment().get(variable) != null) {
        return Optional.of(new Setting(name, sources.environment().get(variable), variable));
      }
      if (file.get(name) != null) {
        return Optional.of(new Setting(name, file.get(name), fileName));
      }
      return Optional.empty();
    }

    String requireText() {
      if (value.isBlank()) {
        throw new IllegalArgumentException(
            name + " (from " + source + "): expected a host name or IP address, got nothing");
      }
      return value.strip();
    }

    int asPort() {
      try {
        int port = Integer.parseInt(value.strip());
        if (port >= 0 && port <= 65_535) {
          return port;
        }
      } catch (NumberFormatException e) {
        // Reported below with the range expected.
      }
      throw new IllegalArgumentException(
          name
              + " (from "
              + source
              + "): expected a number from 0 to 65535 (0: any free port), got '"
              + value
              + "'");
    }

    long asByteCount() {
      try {
        long bytes = Long.parseLong(value.strip());
        if (bytes >= 1) {
          return bytes;
        }
      } catch (NumberFormatException e) {
        // Reported below with what was expected.
      }
      throw new IllegalArgumentException(
          name
              + " (from "
              + source
              + "): expected a number of bytes of at least 1 (such as 20971520 for 20 MB), got '"
              + value
              + "'");
    }
  }
}
