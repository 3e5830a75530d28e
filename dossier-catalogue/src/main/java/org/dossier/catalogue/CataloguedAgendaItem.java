package org.dossier.catalogue;

import java.util.Map;
import org.dossier.model.Language;

/** An item of a session's agenda with its title in each language a version printed it in. */
public record CataloguedAgendaItem(
    long id, long sessionId, int number, Map<Language, String> titles) {

  public CataloguedAgendaItem {
    titles = Map.copyOf(titles);
  }
}
