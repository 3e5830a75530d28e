package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebSettingsTest {
  @TempDir Path temp;

  private static Map<String, String> flags(String host, String port) {
    Map<String, String> flags = new HashMap<>();
    flags.put("host", host);
    flags.put("port", port);
    return flags;
  }

  @Test
  void defaultsListenOnThisMachineOnly() {
    WebSettings settings =
        WebSettings.read(new WebSettings.Sources(flags(null, null), Map.of(), Optional.empty()));
    assertThat(settings).isEqualTo(new WebSettings("127.0.0.1", 8080));
  }

  @Test
  void theCommandLineWinsOverTheEnvironmentWhichWinsOverTheFile() throws IOException {
    Path file = Files.writeString(temp.resolve("web.properties"), "host=0.0.0.0\nport=9000\n");
    WebSettings fromFile =
        WebSettings.read(new WebSettings.Sources(flags(null, null), Map.of(), Optional.of(file)));
    assertThat(fromFile).isEqualTo(new WebSettings("0.0.0.0", 9000));
    WebSettings fromEnvironment =
        WebSettings.read(
            new WebSettings.Sources(
                flags(null, null), Map.of("DOSSIER_PORT", "9100"), Optional.of(file)));
    assertThat(fromEnvironment).isEqualTo(new WebSettings("0.0.0.0", 9100));
    WebSettings fromFlags =
        WebSettings.read(
            new WebSettings.Sources(
                flags("::1", "0"), Map.of("DOSSIER_PORT", "9100"), Optional.of(file)));
    assertThat(fromFlags).isEqualTo(new WebSettings("::1", 0));
  }

  @Test
  void aWrongValueNamesTheSettingAndWhereItCameFrom() throws IOException {
    assertThatThrownBy(() ->
            WebSettings.read(
                new WebSettings.Sources(
                    flags(null, null), Map.of("DOSSIER_PORT", "80a"), Optional.empty())))
        .hasMessage(
            "port (from DOSSIER_PORT): expected a number from 0 to 65535 (0: any free port), got '80a'");
    assertThatThrownBy(() ->
            WebSettings.read(
                new WebSettings.Sources(flags(null, "70000"), Map.of(), Optional.empty())))
        .hasMessage(
            "port (from --port): expected a number from 0 to 65535 (0: any free port), got '70000'");
    Path file = Files.writeString(temp.resolve("bad.properties"), "prot=80\n");
    assertThatThrownBy(() ->
            WebSettings.read(
                new WebSettings.Sources(flags(null, null), Map.of(), Optional.of(file))))
        .hasMessage(
            "configuration file "
                + file
                + ": unknown setting 'prot' (known: host, port,"
                + " web.max-upload-bytes)");
    Path missing = temp.resolve("missing.properties");
    assertThatThrownBy(() ->
            WebSettings.read(
                new WebSettings.Sources(flags(null, null), Map.of(), Optional.of(missing))))
        .hasMessage("configuration file " + missing + " does not exist");
  }

  @Test
  void theUploadLimitIsTwentyMegabytesUnlessTheEnvironmentOrTheFileSaysOtherwise()
      throws IOException {
    WebSettings defaults =
        WebSettings.read(new WebSettings.Sources(flags(null, null), Map.of(), Optional.empty()));
    assertThat(defaults.maxUploadBytes()).isEqualTo(20_971_520L);
    Path file = Files.writeString(temp.resolve("upload.properties"), "web.max-upload-bytes=5000\n");
    assertThat(
            WebSettings.read(
                    new WebSettings.Sources(flags(null, null), Map.of(), Optional.of(file)))
                .maxUploadBytes())
        .isEqualTo(5000);
    assertThat(
            WebSettings.read(
                    new WebSettings.Sources(
                        flags(null, null),
                        Map.of("DOSSIER_WEB_MAX_UPLOAD_BYTES", "7000"),
                        Optional.of(file)))
                .maxUploadBytes())
        .isEqualTo(7000);
    for (String wrong : List.of("0", "-5", "20MB", "")) {
      assertThatThrownBy(() ->
              WebSettings.read(
                  new WebSettings.Sources(
                      flags(null, null),
                      Map.of("DOSSIER_WEB_MAX_UPLOAD_BYTES", wrong),
                      Optional.empty())))
          .hasMessage(
              "web.max-upload-bytes (from DOSSIER_WEB_MAX_UPLOAD_BYTES): expected a number of"
                  + " bytes of at least 1 (such as 20971520 for 20 MB), got '"
                  + wrong
                  + "'");
    }
  }

  @Test
  void theAddressShownIsOneABrowserHereCanOpen() {
    assertThat(new WebSettings("0.0.0.0", 0).address(8123)).isEqualTo("http://localhost:8123/");
    assertThat(new WebSettings("::1", 0).address(8123)).isEqualTo("http://[::1]:8123/");
  }
}
