package io.genesysbroker.validation;

import java.util.List;

/** Every check of one connection, and the worst of their statuses. */
public record ValidationReport(String connection, CheckStatus status, List<Check> checks) {

    static ValidationReport of(String connection, List<Check> checks) {
        CheckStatus worst = checks.stream().map(Check::status).reduce(CheckStatus.PASS, CheckStatus::worst);
        return new ValidationReport(connection, worst, List.copyOf(checks));
    }

    /** Whether a check failed, so that the report should not gate a deployment through. */
    public boolean failed() {
        return status == CheckStatus.FAIL;
    }

    /** The report as lines for a terminal: status, check and detail, then the hint indented below. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%-4s  connection %s\n", status.name(), connection));
        for (Check check : checks) {
            text.append(String.format("%-4s  %-13s  %s\n", check.status().name(), check.name(), check.detail()));
            if (check.hint() != null) {
                text.append(String.format("%-4s  %-13s  hint: %s\n", "", "", check.hint()));
            }
        }
        return text.toString();
    }
}
