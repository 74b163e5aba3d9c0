package io.hyperdesk.gui.monitor.best;

import static io.hyperdesk.gui.monitor.MonitorFixtures.accuracy;
import static io.hyperdesk.gui.monitor.MonitorFixtures.queued;
import static io.hyperdesk.gui.monitor.MonitorFixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hyperdesk.engine.run.RunState;
import io.hyperdesk.gui.monitor.MonitorFixtures;
import io.hyperdesk.gui.monitor.RunFilter;
import io.hyperdesk.gui.monitor.SweepMonitorModel;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class RunsCsvTest {

    @Test
    void everyRunWithFullPrecisionAndQuotedFields() throws Exception {
        SweepMonitorModel model = SweepMonitorModel.live(MonitorFixtures.config(), MonitorFixtures.SWEEP, () -> 61_000);
        var listener = model.listener();
        listener.onEvent(queued(0, 0.0012345678901, 64, "sgd"));
        listener.onEvent(queued(1, 0.01, 16, "adam"));
        listener.onEvent(state(0, RunState.RUNNING, "", 1_000));
        listener.onEvent(accuracy(0, 1, 0.123456789, 2_000));
        listener.onEvent(state(0, RunState.CANCELED, "bandit: below \"slack\", at interval 1", 61_000));
        model.drain();
        model.filterProperty().set(RunFilter.all().withText("adam"));
        StringWriter csv = new StringWriter();
        RunsCsv.write(model, csv);
        String[] lines = csv.toString().split("\r\n");
        assertEquals("number,run_id,state,learning_rate,batch_size,optimizer,last_accuracy,best_accuracy,intervals,"
                + "start,duration_s,reason", lines[0]);
        assertEquals("0," + MonitorFixtures.runId(0) + ",Canceled,0.0012345678901,64,sgd,0.123456789,0.123456789,1,"
                + "1970-01-01T00:00:01Z,60,\"bandit: below \"\"slack\"\", at interval 1\"", lines[1]);
        assertEquals("1," + MonitorFixtures.runId(1) + ",Queued,0.01,16,adam,,,0,,,", lines[2]);
        assertEquals(3, lines.length, "filters do not apply to the export");
    }
}
