package io.liveblog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's main command: embedded broker, bundled sample, live table; here bounded by --duration. */
class DemoIT {

    @Test
    void demoRunsTheWholePipelineOnTheBundledSampleAndPrintsTheTable() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try (PrintStream tee = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(tee);
            code = Main.run("demo", "--duration", "PT40S");
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, out);
        assertTrue(out.contains("PLACE"), out);
        String lastTable = out.substring(out.lastIndexOf("PLACE"));
        assertTrue(lastTable.matches("(?s).*Kerem Shalom\\S*\\s+aid_trucks\\s+32\\s.*"), lastTable);
        assertTrue(lastTable.matches("(?s).*Gaza Strip\\s+killed\\s+30960\\s.*"), lastTable);
    }
}
