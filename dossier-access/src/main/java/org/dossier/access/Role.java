package org.dossier.access;

/** What an account is, which decides what it may see and do (see {@link AccessPolicy}). */
public enum Role {
  /** Anyone, signed in or not: published documents of general distribution. */
  PUBLIC,
  /** A Permanent Mission's delegate, scoped to one State: submits and follows its submissions. */
  DELEGATE,
  /** Secretariat translator, scoped to languages: translates registered documents. */
  TRANSLATOR,
  /** Secretariat registrar: registers, issues, publishes, withdraws. */
  REGISTRAR,
  /** Administers accounts and reads the audit trail; sees everything. */
  ADMINISTRATOR;

  /** Whether the role is secretariat staff (registrar, translator, administrator). */
  public boolean secretariat() {
    return this == TRANSLATOR || this == REGISTRAR || this == ADMINISTRATOR;
  }
}
