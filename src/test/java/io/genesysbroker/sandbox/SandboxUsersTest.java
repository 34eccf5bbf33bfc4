package io.genesysbroker.sandbox;

import static io.genesysbroker.sandbox.SandboxHttp.api;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SandboxUsersTest {

    private String token;

    @BeforeEach
    void resetSandbox() {
        token = SandboxHttp.resetAndLogin();
    }

    @Test
    void listsActiveUsersInPagesOf25ByDefault() {
        api(token).get("/api/v2/users").then()
                .statusCode(200)
                .body("entities", hasSize(25))
                .body("entities.state", everyItem(equalTo("active")))
                .body("pageSize", equalTo(25))
                .body("pageNumber", equalTo(1));
    }

    @Test
    void countsEveryStateOnceAcrossTheStateFilters() {
        int active = total("active");
        int inactive = total("inactive");
        int deleted = total("deleted");

        assertThat(active + inactive + deleted, is(300));
        assertThat(total("any"), is(300));
        assertThat(active, allOf(greaterThan(240), lessThan(285)));
        assertThat(inactive, greaterThan(deleted));
        assertThat(deleted, greaterThan(0));
    }

    @Test
    void linksNeighbouringPagesWithRelativeUris() {
        JsonPath page = listing("pageSize=10&pageNumber=2");

        assertThat(page.getString("firstUri"), is("/api/v2/users?pageSize=10&pageNumber=1"));
        assertThat(page.getString("selfUri"), is("/api/v2/users?pageSize=10&pageNumber=2"));
        assertThat(page.getString("previousUri"), is("/api/v2/users?pageSize=10&pageNumber=1"));
        assertThat(page.getString("nextUri"), is("/api/v2/users?pageSize=10&pageNumber=3"));
        assertThat(page.getString("lastUri"), is("/api/v2/users?pageSize=10&pageNumber=" + page.getInt("pageCount")));
    }

    @Test
    void leavesOutPreviousUriOnTheFirstPageAndNextUriOnTheLast() {
        int pageCount = listing("pageSize=100").getInt("pageCount");

        api(token).get("/api/v2/users?pageSize=100").then().body("$", not(hasKey("previousUri")));
        api(token).get("/api/v2/users?pageSize=100&pageNumber=" + pageCount).then()
                .body("$", not(hasKey("nextUri")))
                .body("previousUri", equalTo("/api/v2/users?pageSize=100&pageNumber=" + (pageCount - 1)));
    }

    @Test
    void keepsTheFiltersInItsLinks() {
        JsonPath page = listing("pageSize=5&state=inactive&sortOrder=DESC");

        String expected = "/api/v2/users?pageSize=5&pageNumber=2&sortOrder=DESC&state=inactive";

        assertThat(page.getString("nextUri"), is(expected));
    }

    @Test
    void answersEmptyEntitiesPastTheLastPage() {
        api(token).get("/api/v2/users?pageSize=500&pageNumber=9").then()
                .statusCode(200)
                .body("entities", empty())
                .body("$", not(hasKey("nextUri")));
    }

    @Test
    void sortsByNameInBothSpellingsOfTheOrder() {
        List<String> ascending = names("sortOrder=ascending");
        List<String> descending = names("sortOrder=descending");

        assertThat(ascending, is(sorted(ascending, String.CASE_INSENSITIVE_ORDER)));
        assertThat(names("sortOrder=ASC"), is(ascending));
        assertThat(names("sortOrder=asc"), is(ascending));
        assertThat(descending, is(sorted(descending, String.CASE_INSENSITIVE_ORDER.reversed())));
        assertThat(names("sortOrder=DESC"), is(descending));
    }

    @Test
    void refusesAnUnknownSortOrder() {
        api(token).get("/api/v2/users?sortOrder=sideways").then()
                .statusCode(400)
                .body("code", equalTo("bad.request"));
    }

    @Test
    void returnsOnlyTheRequestedIds() {
        List<String> ids = listing("pageSize=3").getList("entities.id");

        List<String> found = listing("id=" + ids.get(0) + "&id=" + ids.get(2)).getList("entities.id");

        assertThat(found, containsInAnyOrder(ids.get(0), ids.get(2)));
    }

    @Test
    void acceptsPageSize500AndRefusesMore() {
        api(token).get("/api/v2/users?pageSize=500").then().statusCode(200);
        api(token).get("/api/v2/users?pageSize=501").then()
                .statusCode(400)
                .body("code", equalTo("bad.request"))
                .body("messageParams.name", equalTo("pageSize"));
    }

    @Test
    void servesOneUserWithGenesysFieldsOnly() {
        String id = listing("pageSize=1").getString("entities[0].id");

        Map<String, Object> user = api(token).get("/api/v2/users/" + id).then()
                .statusCode(200)
                .extract().path("$");

        assertThat(user.keySet(), allOf(hasItem("name"), hasItem("email"), hasItem("state"), hasItem("department"),
                hasItem("title"), hasItem("division"), hasItem("primaryContactInfo"), hasItem("version"),
                not(hasItem("type"))));
        assertThat(user.get("username"), is(user.get("email")));
        assertThat(((Map<?, ?>) user.get("division")).keySet(), containsInAnyOrder("id", "name", "selfUri"));
        assertThat(user, hasEntry("selfUri", "/api/v2/users/" + id));
    }

    @Test
    void givesSomeUsersAManager() {
        List<Map<String, Object>> users = listing("pageSize=500&state=any").getList("entities");

        assertThat(users, hasItem(hasKey("manager")));
        assertThat(users, hasItem(not(hasKey("manager"))));
    }

    @Test
    void answersNotFoundForAnUnknownUser() {
        api(token).get("/api/v2/users/00000000-0000-0000-0000-000000000000").then()
                .statusCode(404)
                .body("code", equalTo("not.found"))
                .body("status", equalTo(404));
    }

    private JsonPath listing(String query) {
        return api(token).get("/api/v2/users?" + query).then().statusCode(200).extract().jsonPath();
    }

    private int total(String state) {
        return listing("pageSize=1&state=" + state).getInt("total");
    }

    private List<String> names(String query) {
        List<String> names = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            names.addAll(listing(query + "&pageSize=100&pageNumber=" + page).getList("entities.name"));
        }
        return names;
    }

    private static List<String> sorted(List<String> names, Comparator<String> order) {
        return names.stream().sorted(order).toList();
    }
}
