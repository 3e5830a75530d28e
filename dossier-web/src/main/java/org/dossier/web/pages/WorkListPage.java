package org.dossier.web.pages;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Predicate;
import org.dossier.access.Viewer;

/**
 * A signed-in page listing what a role works on, a page at a time ({@code /{lang}/NAME?after=N},
 * titled {@code NAME.title}): the registrar's queue, the translation tasks, the audit trail. Each
 * says what it lists, where an item stands in the list and how a page of items is shown; the
 * checks, the reading of {@code after} and the link to the next page are the same for all.
 */
abstract class WorkListPage<T> implements HttpService {
  final Forms forms;
  private final String name;
  private final Predicate<Viewer> allowed;
  private final int pageSize;
  private final String position;

  /**
   * A list at {@code /{lang}/name} for the viewers {@code allowed}, {@code pageSize} items a page,
   * each at a {@code position} (named in the 400 answering an {@code after} that is no number).
   */
  WorkListPage(Forms forms, String name, Predicate<Viewer> allowed, int pageSize, String position) {
    this.forms = forms;
    this.name = name;
    this.allowed = allowed;
    this.pageSize = pageSize;
    this.position = position;
  }

  @Override
  public final void routing(HttpRules rules) {
    rules.get("/{lang}/" + name, forms.page(name + ".title", allowed, this::show));
  }

  private void show(ServerRequest request, ServerResponse response, Forms.Work work) {
    OptionalLong after = Readers.position(request, response, work.page(), "after", 0, position);
    if (after.isEmpty()) {
      return;
    }
    List<T> items = list(work.viewer(), after.getAsLong(), pageSize);
    String next =
        Readers.nextPage(work.page(), items, pageSize, "/" + name + "?after=", this::position);
    send(response, work, items, next);
  }

  /** The items after {@code after}, {@code limit} at most, as the viewer may see them. */
  abstract List<T> list(Viewer viewer, long after, int limit);

  /** Where an item stands in the list: the next page starts after the last one's. */
  abstract long position(T item);

  /** Shows a page of items, with the link to the next page (empty on the last). */
  abstract void send(ServerResponse response, Forms.Work work, List<T> items, String next);
}
