package org.dossier.installation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dossier.access.AccessControl;
import org.dossier.access.Viewer;
import org.dossier.catalogue.CataloguedDocument;
import org.dossier.catalogue.DocumentFilter;
import org.dossier.model.Distribution;
import org.dossier.model.DocumentState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoWorkflowTest {
  @TempDir Path directory;

  @Test
  void theDemoHasAnAccountOfEachRoleAndDocumentsEachRuleHides() {
    try (Installation installation = Installation.open(directory.resolve("data"))) {
      List<String> lines = DemoWorkflow.prepare(installation);

      assertThat(lines)
          .contains(
              "  registrar / demo-registrar  registrar",
              "  delegate.fra / demo-delegate.fra  delegate of FRA",
              "  translator / demo-translator  translator in [fr, es]");
      assertThat(installation.accessControl().login("admin", "demo-admin", "test"))
          .isInstanceOf(AccessControl.Login.Success.class);
      List<CataloguedDocument> all = installation.catalogue().documents(DocumentFilter.ALL, 0, 100);
      assertThat(all)
          .extracting(document ->
              document.state() + " " + document.distribution() + " " + document.mission())
          .containsExactly(
              "PUBLISHED Limited FRA",
              "PUBLISHED Restricted FRA",
              "IN_TRANSLATION General AZE",
              "SUBMITTED General AZE");
      assertThat(all.getFirst().symbol()).isEqualTo("A/HRC/43/L.1");
      assertThat(all.get(1).symbol()).isEqualTo("A/HRC/43/G/1");
      assertThat(all.get(1).distribution()).isEqualTo(Distribution.RESTRICTED);
      assertThat(all.get(2).state()).isEqualTo(DocumentState.IN_TRANSLATION);

      assertThat(
              installation
                  .readerFor(Viewer.anonymous())
                  .catalogue()
                  .documents(DocumentFilter.ALL, 0, 100))
          .isEmpty();
      assertThat(
              installation
                  .readerFor(Viewer.delegate("x", "AZE"))
                  .catalogue()
                  .documents(DocumentFilter.ALL, 0, 100))
          .extracting(CataloguedDocument::id)
          .containsExactly(all.get(0).id(), all.get(2).id(), all.get(3).id());

      // A second run adds nothing and still says how to sign in.
      assertThat(DemoWorkflow.prepare(installation))
          .contains("  admin / demo-admin  administrator");
      assertThat(installation.catalogue().documents(DocumentFilter.ALL, 0, 100)).hasSize(4);
    }
  }
}
