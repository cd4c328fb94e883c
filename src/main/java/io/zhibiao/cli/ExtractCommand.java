package io.zhibiao.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.zhibiao.core.corpus.UnreadableFileException;
import io.zhibiao.core.pipeline.ProcessedReport;
import io.zhibiao.core.pipeline.ReportPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Read, detect and extract indicators from report files without touching any store.",
                "json prints one object (an array for several files); jsonl one object per file per line."})
final class ExtractCommand implements Callable<Integer> {
    enum Format { json, jsonl }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report files (txt, html, docx, pdf).")
    List<Path> files;

    @Option(names = "--format", defaultValue = "json", description = "json or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportPipeline pipeline = ReportPipeline.withBundledData();
        ObjectMapper compact = new ObjectMapper();
        ObjectMapper pretty = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        List<Map<String, Object>> objects = new ArrayList<>();
        int failed = 0;
        for (Path file : files) {
            try {
                ProcessedReport report = pipeline.process(file);
                Map<String, Object> json = ExtractionJson.of(file, report);
                if (format == Format.jsonl) {
                    out.println(compact.writeValueAsString(json));
                    out.flush();
                } else {
                    objects.add(json);
                }
            } catch (UnreadableFileException e) {
                err.println(file + ": " + e.getMessage());
                err.flush();
                failed++;
            }
        }
        if (format == Format.json && !objects.isEmpty()) {
            out.println(pretty.writeValueAsString(objects.size() == 1 ? objects.get(0) : objects));
        }
        out.flush();
        return failed > 0 ? 1 : 0;
    }
}
