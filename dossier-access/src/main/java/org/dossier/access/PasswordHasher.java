package org.dossier.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes (Bouncy Castle), encoded in the PHC string format {@code
 * $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} so the parameters travel with each hash and can be
 * raised later without invalidating old ones.
 *
 * <p>Parameters: OWASP's Password Storage Cheat Sheet recommends Argon2id with at least 19 MiB of
 * memory (m=19456 KiB), 2 iterations and 1 degree of parallelism, as its first configuration; the
 * memory cost makes GPU and ASIC guessing expensive, and one lane keeps a login to one core of this
 * two-core machine (about 40 ms each here). Salt 16 random bytes, hash 32 bytes (RFC 9106).
 */
public final class PasswordHasher {
  static final int MEMORY_KIB = 19_456;
  static final int ITERATIONS = 2;
  static final int PARALLELISM = 1;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final Pattern ENCODED =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

  private final SecureRandom random = new SecureRandom();

  /**
   * A hash of a password no one knows, verified against when an account does not exist, so an
   * unknown name costs the same time as a wrong password. Made on first use: opening an
   * installation should not pay for it.
   */
  private volatile String dummy;

  private String dummy() {
    String made = dummy;
    if (made == null) {
      byte[] secret = new byte[24];
      random.nextBytes(secret);
      made = hash(B64.encodeToString(secret));
      dummy = made;
    }
    return made;
  }

  /** A new salted hash of {@code password}. */
  public String hash(String password) {
    if (password == null || password.isEmpty()) {
      throw new IllegalArgumentException("a password must not be empty");
    }
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
    return String.format(
        Locale.ROOT,
        "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s",
        MEMORY_KIB,
        ITERATIONS,
        PARALLELISM,
        B64.encodeToString(salt),
        B64.encodeToString(hash));
  }

  /** Whether {@code password} matches the encoded hash; a malformed hash matches nothing. */
  public boolean verify(String password, String encoded) {
    Matcher parts = encoded == null ? null : ENCODED.matcher(encoded);
    if (password == null || parts == null || !parts.matches()) {
      // Equal work all the same: a caller learns nothing from the time taken.
      verify("", dummy());
      return false;
    }
    byte[] salt = B64_DECODER.decode(parts.group(4));
    byte[] expected = B64_DECODER.decode(parts.group(5));
    byte[] actual =
        derive(
            password,
            salt,
            Integer.parseInt(parts.group(1)),
            Integer.parseInt(parts.group(2)),
            Integer.parseInt(parts.group(3)),
            expected.length);
    return MessageDigest.isEqual(expected, actual);
  }

  /** Does the work of a verification against a hash no password matches: for unknown accounts. */
  public void verifyNothing(String password) {
    verify(password == null ? "" : password, dummy());
  }

  private static byte[] derive(
      String password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
    Argon2Parameters parameters =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(memoryKib)
            .withIterations(iterations)
            .withParallelism(parallelism)
            .withSalt(salt)
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(parameters);
    byte[] out = new byte[length];
    generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
    return out;
  }
}
