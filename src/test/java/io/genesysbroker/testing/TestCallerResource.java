package io.genesysbroker.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.restassured.RestAssured;

/**
 * Makes every RestAssured request of every test authenticate as the caller {@code tests}, so that tests about other
 * things need no credentials of their own. Tests about authentication opt out with {@link TestCallers#anonymous()}.
 */
@WithTestResource(value = TestCallerResource.class, scope = TestResourceScope.GLOBAL)
public class TestCallerResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        if (RestAssured.filters().stream().noneMatch(TestCallerFilter.class::isInstance)) {
            RestAssured.filters(new TestCallerFilter(TestCallers.KEY));
        }
        return Map.of();
    }

    @Override
    public void stop() {
        // the filter stays for the next application the run starts; it only adds a header
    }
}
