package org.dossier.understand.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDecoderTest {

  static byte[] fixture(String name) throws IOException {
    try (InputStream in =
        TextDecoderTest.class.getResourceAsStream("/org/dossier/understand/encoding/" + name)) {
      assertThat(in).as("fixture %s", name).isNotNull();
      return in.readAllBytes();
    }
  }

  @ParameterizedTest(name = "{0} is read as {1}")
  @CsvSource({
    "en-utf8.txt, UTF-8, false, Permanent Mission of Kenya",
    "fr-utf8-bom.txt, UTF-8, false, l’accès à l’eau",
    "fr-windows-1252.txt, windows-1252, true, l’accès à l’eau",
    "es-windows-1252.txt, windows-1252, true, Misión Permanente del Perú",
    "ru-windows-1251.txt, windows-1251, true, Постоянное представительство Казахстана",
    "ru-utf16le-bom.txt, UTF-16LE, false, Постоянное представительство Казахстана",
    "ar-windows-1256.txt, windows-1256, true, البعثة الدائمة للأردن",
    "ar-utf16be-bom.txt, UTF-16BE, false, البعثة الدائمة للأردن",
    "zh-gb18030.txt, GB18030, true, 代表团请将本照会作为理事会的文件分发",
    "en-utf16le.txt, UTF-16LE, true, Permanent Mission of Kenya"
  })
  void decodesEachEncodingAndSaysWhetherItGuessed(
      String file, String charset, boolean guessed, String phrase) throws IOException {
    TextDecoder.Decoded decoded = TextDecoder.decode(fixture(file));

    assertThat(decoded).isNotNull();
    assertThat(decoded.charset()).isEqualTo(Charset.forName(charset));
    assertThat(decoded.guessed()).isEqualTo(guessed);
    assertThat(decoded.text()).contains(phrase).doesNotStartWith("\uFEFF");
  }

  @Test
  void randomBytesAreNotText() {
    byte[] noise = new byte[4096];
    new Random(42).nextBytes(noise);

    assertThat(TextDecoder.decode(noise)).isNull();
  }

  @Test
  void mojibakeScoresBelowTheRightReading() {
    String russian = "Постоянное представительство свидетельствует свое уважение";
    String asLatin1 =
        new String(
            russian.getBytes(Charset.forName("windows-1251")), Charset.forName("windows-1252"));

    assertThat(TextDecoder.plausibility(russian)).isGreaterThan(TextDecoder.plausibility(asLatin1));
  }

  @Test
  void utf8CheckAgreesWithTheJdkStrictDecoder() {
    // Short sequences biased towards the bytes where UTF-8's rules bite (leads, continuations).
    byte[] interesting = {
      0x41,
      0x7F,
      (byte) 0x80,
      (byte) 0x8F,
      (byte) 0x90,
      (byte) 0x9F,
      (byte) 0xA0,
      (byte) 0xBF,
      (byte) 0xC0,
      (byte) 0xC1,
      (byte) 0xC2,
      (byte) 0xDF,
      (byte) 0xE0,
      (byte) 0xED,
      (byte) 0xEF,
      (byte) 0xF0,
      (byte) 0xF4,
      (byte) 0xF5,
      (byte) 0xFF
    };
    Random random = new Random(7);
    for (int round = 0; round < 200_000; round++) {
      byte[] bytes = new byte[1 + random.nextInt(6)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = interesting[random.nextInt(interesting.length)];
      }
      assertThat(TextDecoder.isUtf8(bytes))
          .as("%s", HexFormat.of().formatHex(bytes))
          .isEqualTo(jdkAccepts(bytes));
    }
  }

  private static boolean jdkAccepts(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
