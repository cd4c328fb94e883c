package io.zhibiao.cli;

import io.zhibiao.core.model.DocumentAgreement;
import io.zhibiao.core.store.Store;
import io.zhibiao.core.team.Agreements;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = {"How far the first and the second review agree, for each document marked for second review and "
                + "overall: percent agreement and Cohen's kappa on the verdicts (verified, corrected, rejected) and on "
                + "the values (value, unit and code, over the rows both held a figure), and how many rows disagree.",
                "Kappa is '-' where it is undefined: no row both judged, or both gave every row the same verdict."})
final class AgreementCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = store.open()) {
            Agreements agreements = new Agreements(s);
            List<DocumentAgreement> documents = agreements.perDocument();
            if (documents.isEmpty()) {
                out.println("No document is marked for second review.");
                out.flush();
                return 0;
            }
            out.println("document  rows  verdicts %  verdicts kappa  values  values %  values kappa  disagreements");
            for (DocumentAgreement d : documents) {
                out.println(line(String.valueOf(d.documentId()), d));
            }
            out.println(line("overall", agreements.overall()));
            out.flush();
            return 0;
        }
    }

    private static String line(String label, DocumentAgreement d) {
        return String.format(Locale.ROOT, "%-8s  %4d  %10s  %14s  %6d  %8s  %12s  %13d", label, d.verdicts().compared(),
                d.verdicts().percentText(), d.verdicts().kappaText(), d.values().compared(), d.values().percentText(),
                d.values().kappaText(), d.disagreements());
    }
}
