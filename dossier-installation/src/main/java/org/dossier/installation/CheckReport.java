package org.dossier.installation;

import java.util.List;

/**
 * What {@link Installation#check()} found.
 *
 * @param documents documents in the catalogue
 * @param files original files verified against their hashes
 * @param indexed documents in the index
 * @param problems where catalogue, file store and index disagree, one line each
 * @param notes harmless findings, such as files left in the store by an interrupted import
 */
public record CheckReport(
    long documents, long files, long indexed, List<String> problems, List<String> notes) {

  public CheckReport {
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
  }

  /** Whether catalogue, file store and index agree. */
  public boolean consistent() {
    return problems.isEmpty();
  }
}
