package org.dossier.catalogue.internal;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Distribution;
import org.dossier.model.DocumentState;
import org.dossier.model.Visibility;

/**
 * A {@link Visibility} as a SQL condition on a {@code documents} row, with its parameters: the one
 * place the catalogue decides what a reader may see.
 *
 * @param condition a boolean expression over the alias given
 * @param parameters its parameters, in order
 */
record VisibilitySql(String condition, List<Object> parameters) {

  static VisibilitySql of(Visibility visibility, String alias) {
    if (visibility.all()) {
      return new VisibilitySql("1 = 1", List.of());
    }
    if (visibility.grants().isEmpty()) {
      return new VisibilitySql("1 = 0", List.of());
    }
    List<String> alternatives = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    for (Visibility.Grant grant : visibility.grants()) {
      List<String> conditions = new ArrayList<>();
      conditions.add(alias + ".state IN (" + Jdbc.placeholders(grant.states()) + ")");
      grant.states().stream().map(DocumentState::name).sorted().forEach(parameters::add);
      grant
          .distributions()
          .ifPresent(distributions -> {
            // An unknown distribution is not among them: the condition is false on NULL.
            conditions.add(alias + ".distribution IN (" + Jdbc.placeholders(distributions) + ")");
            distributions.stream().map(Distribution::label).sorted().forEach(parameters::add);
          });
      grant
          .mission()
          .ifPresent(mission -> {
            conditions.add(alias + ".mission = ?");
            parameters.add(mission);
          });
      alternatives.add("(" + String.join(" AND ", conditions) + ")");
    }
    return new VisibilitySql("(" + String.join(" OR ", alternatives) + ")", parameters);
  }

  /** The parameters of this condition after those given. */
  Object[] after(Object... leading) {
    List<Object> all = new ArrayList<>(List.of(leading));
    all.addAll(parameters);
    return all.toArray();
  }
}
