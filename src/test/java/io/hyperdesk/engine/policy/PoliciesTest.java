package io.hyperdesk.engine.policy;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PoliciesTest {

    @Test
    void createsThePolicyEachSettingsTypeNames() {
        assertInstanceOf(NoTerminationPolicy.class, Policies.create(new PolicySettings.None()));
        assertInstanceOf(BanditPolicy.class, Policies.create(
                new PolicySettings.Bandit(OptionalDouble.of(0.1), OptionalDouble.empty(), 1, 5)));
        assertInstanceOf(MedianStoppingPolicy.class, Policies.create(new PolicySettings.MedianStopping(1, 5)));
        assertInstanceOf(TruncationSelectionPolicy.class, Policies.create(
                new PolicySettings.TruncationSelection(20, false, 1, 5)));
    }

    @Test
    void refusesInvalidSettings() {
        assertThrows(IllegalArgumentException.class, () -> Policies.create(
                new PolicySettings.Bandit(OptionalDouble.of(-0.1), OptionalDouble.empty(), 1, 5)));
        assertThrows(IllegalArgumentException.class, () -> Policies.create(
                new PolicySettings.TruncationSelection(100, false, 1, 5)));
        assertThrows(NullPointerException.class, () -> Policies.create(null));
    }
}
