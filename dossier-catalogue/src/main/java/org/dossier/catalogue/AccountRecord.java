package org.dossier.catalogue;

import java.util.Objects;
import java.util.Set;
import org.dossier.model.Language;

/**
 * An account as stored. The catalogue keeps it; dossier-access decides what its role allows and
 * checks the password against the hash.
 *
 * @param id the account's identifier
 * @param name the login name
 * @param role the role's name ({@code DELEGATE}, {@code REGISTRAR}…)
 * @param mission the State a delegate acts for (ISO 3166 alpha-3), or {@code null}
 * @param languages the languages a translator works in; empty for other roles
 * @param passwordHash the encoded password hash
 * @param disabled whether it may no longer log in or use its tokens
 */
public record AccountRecord(
    long id,
    String name,
    String role,
    String mission,
    Set<Language> languages,
    String passwordHash,
    boolean disabled) {
  public AccountRecord {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    languages = Set.copyOf(languages);
  }
}
