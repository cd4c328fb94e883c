package io.zhibiao.cli;

import io.zhibiao.core.settings.Settings;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.team.Assignments;
import io.zhibiao.core.team.TeamException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "assign", mixinStandardHelpOptions = true,
        description = {"Assign documents to an analyst (on a team store, their database user), who finds them under "
                + "\"My documents\"; a document has one analyst, and assigning it again moves it. On a team store only "
                + "a lead may (a member of the role zhibiao_lead, or the database's owner). The history records it.",
                "Prints how many documents each analyst has. Exit code 0 when done, 1 when refused."})
final class AssignCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--to", required = true, paramLabel = "ANALYST",
            description = "The analyst; `--to -` takes the documents back from whoever has them.")
    String to;

    @Parameters(arity = "1..*", paramLabel = "DOC", description = "Document ids, as `list` shows them.")
    List<Long> documents;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = store.open()) {
            String me = s.analyst(Settings.load(s.location().resolveSibling("settings.properties")).analyst());
            Assignments assignments = new Assignments(s, me, Clock.systemUTC());
            int changed;
            try {
                changed = "-".equals(to) ? assignments.unassign(documents) : assignments.assign(documents, to);
            } catch (TeamException e) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("error: " + e.getMessage() + " Nothing was assigned.");
                err.flush();
                return 1;
            }
            out.println(DeleteCommand.count(changed, "document") + ("-".equals(to) ? " unassigned." : " assigned to "
                    + to.strip() + "."));
            for (Map.Entry<String, Integer> e : assignments.counts().entrySet()) {
                out.println("  " + e.getKey() + ": " + DeleteCommand.count(e.getValue(), "document"));
            }
            out.flush();
            return 0;
        }
    }
}
