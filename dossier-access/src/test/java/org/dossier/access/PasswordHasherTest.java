package org.dossier.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void hashesAreArgon2idWithOwaspParametersAndARandomSalt() {
    String first = hasher.hash("correct horse");
    String second = hasher.hash("correct horse");

    assertThat(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(first).isNotEqualTo(second);
    assertThat(hasher.verify("correct horse", first)).isTrue();
    assertThat(hasher.verify("correct horse", second)).isTrue();
    assertThat(hasher.verify("correct horse!", first)).isFalse();
    assertThat(hasher.verify("", first)).isFalse();
  }

  /**
   * RFC 9106's Argon2id test vector (section 5.3) checked through Bouncy Castle's generator with
   * the same call the hasher makes, so the parameters reach the algorithm as meant.
   */
  @Test
  void theGeneratorComputesRfc9106sArgon2idVector() {
    byte[] password = new byte[32];
    java.util.Arrays.fill(password, (byte) 0x01);
    byte[] salt = new byte[16];
    java.util.Arrays.fill(salt, (byte) 0x02);
    byte[] secret = new byte[8];
    java.util.Arrays.fill(secret, (byte) 0x03);
    byte[] associated = new byte[12];
    java.util.Arrays.fill(associated, (byte) 0x04);
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(32)
            .withIterations(3)
            .withParallelism(4)
            .withSalt(salt)
            .withSecret(secret)
            .withAdditional(associated)
            .build());
    byte[] tag = new byte[32];
    generator.generateBytes(password, tag);
    assertThat(java.util.HexFormat.of().formatHex(tag))
        .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
  }

  @Test
  void aHashWithOtherParametersStillVerifiesSoTheyCanBeRaisedLater() {
    // Made by hand with the generator: m=8 KiB, t=1, p=1, salt "saltsaltsaltsalt".
    byte[] salt = "saltsaltsaltsalt".getBytes(StandardCharsets.US_ASCII);
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(8)
            .withIterations(1)
            .withParallelism(1)
            .withSalt(salt)
            .build());
    byte[] hash = new byte[32];
    generator.generateBytes("old password".getBytes(StandardCharsets.UTF_8), hash);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    String encoded =
        "$argon2id$v=19$m=8,t=1,p=1$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);

    assertThat(hasher.verify("old password", encoded)).isTrue();
    assertThat(hasher.verify("new password", encoded)).isFalse();
  }

  @Test
  void aMalformedHashMatchesNothing() {
    assertThat(hasher.verify("x", "plain-text-password")).isFalse();
    assertThat(hasher.verify("x", null)).isFalse();
    assertThat(hasher.verify("x", "$argon2i$v=19$m=8,t=1,p=1$c2FsdA$aGFzaA")).isFalse();
  }

  @Test
  void anEmptyPasswordIsRefused() {
    assertThatThrownBy(() -> hasher.hash("")).hasMessage("a password must not be empty");
  }
}
