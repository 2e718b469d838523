"""The endpoint table: one `Lookup` row per client method, and nothing listed elsewhere."""

from __future__ import annotations

import asyncio
import inspect

import pytest

from moment_gui.api import models
from moment_gui.api.adgroups import AdGroupEndpoints
from moment_gui.api.client import MomentClient
from moment_gui.demo import make_demo_lookups
from moment_gui.services.lookups import LookupService
from moment_gui.services.regions import children_in, children_of, region_path
from moment_gui.simulator import SimulatorState

ROWS = LookupService.endpoints()


def client_endpoints() -> set[str]:
    """MomentClient's public coroutines: every one is a lookup, except the generic `lookup`
    and the account, campaign and ad-group calls of `AdGroupEndpoints`, which are live only
    (services/adgroups.py: an ad group to apply to must never come from a cache)."""
    live_only = set(vars(AdGroupEndpoints))
    return {
        name
        for name, fn in inspect.getmembers(MomentClient, inspect.iscoroutinefunction)
        if not name.startswith("_") and name not in {"aclose", "lookup"} and name not in live_only
    }


def test_every_endpoint_is_declared_once_and_every_client_method_is_one_of_them() -> None:
    names = [row.name for row in ROWS]
    assert len(names) == len(set(names)) >= 13
    assert names == list(models.ENDPOINTS)
    # A client method is an endpoint that checks its request before sending it; an endpoint
    # with parameters always has one (a plain list needs none: `lookup` sends it).
    assert client_endpoints() <= set(names)
    assert {r.name for r in ROWS if r.params} <= client_endpoints()


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r.name)
def test_a_row_names_the_client_parameters_and_the_model_it_returns(row: models.Endpoint) -> None:
    assert getattr(models, row.model.__name__) is row.model
    if row.name in client_endpoints():
        signature = inspect.signature(getattr(MomentClient, row.name))
        assert tuple(signature.parameters)[1:] == row.params
        assert signature.return_annotation == f"list[{row.model.__name__}]"
    if row.name in vars(LookupService):
        # The service attribute's type (what callers see) names the same model as the row.
        assert LookupService.__annotations__[row.name].endswith(f"m.{row.model.__name__}]")
        assert getattr(LookupService, row.name).endpoint is row
    # Path parameters are named in the path; the others are sent as query parameters.
    path, query = row.request({p: "x" for p in row.params})
    assert "{" not in path and path.startswith("/openapi/v4/")
    assert len(query) == len([p for p in row.params if "{" + p + "}" not in row.path])


def test_every_service_attribute_is_an_endpoint_of_its_name() -> None:
    names = [r.name for r in LookupService.rows()]
    assert len(names) == 13 and names == [n for n in models.ENDPOINTS if n in names]


def test_the_generic_lookup_sends_an_endpoint_without_a_client_method(sim_server) -> None:
    """A new plain list needs no client method: `lookup` sends what its row declares."""
    plain = models.Endpoint(
        "customer_files_again",
        models.CUSTOMER_FILES.path,
        models.CustomerFile,
        "customer files",
        per_account=True,
    )

    async def go() -> tuple[list, list]:
        async with MomentClient("demo-token", 1234, base_url=sim_server) as client:
            return await client.lookup(plain), await client.customer_files()

    generic, named = asyncio.run(go())
    assert generic and generic == named
    service = make_demo_lookups()
    served = asyncio.run(service.of(plain)())
    assert [f.id for f in served.items] == [f.id for f in generic]
    asyncio.run(service.aclose())


def test_a_row_read_from_a_service_is_a_coroutine_function_with_method_call_errors() -> None:
    service = make_demo_lookups()
    assert service.pixel_events.__name__ == "pixel_events"
    with pytest.raises(TypeError, match="missing term"):
        asyncio.run(service.pixel_events("123"))
    with pytest.raises(TypeError, match="unexpected argument 'keyword'"):
        asyncio.run(service.cohorts(keyword="x"))
    answer = asyncio.run(service.pixel_events(track_id="3830610710806837838", term=30))
    assert answer.items


def test_the_demo_client_is_made_on_the_first_request_only() -> None:
    service = make_demo_lookups()
    assert service.opened_client is None
    assert service.ad_account_id == 1234  # the demo account, before any client exists
    asyncio.run(service.cohorts())
    assert service.opened_client is not None and service.ad_account_id == 1234
    asyncio.run(service.aclose())


def test_a_service_has_a_client_or_a_way_to_make_one_not_both() -> None:
    with pytest.raises(ValueError):
        LookupService()


def test_children_of_keeps_only_true_children_of_a_keyword_search() -> None:
    world = SimulatorState.demo()
    lookups = make_demo_lookups(state=world)
    provinces = asyncio.run(lookups.depth1_locations()).items
    # A district name that exists under more than one province ("중구"): the search answers
    # all of them; children_of keeps the one under the asked province.
    districts = asyncio.run(lookups.depth2_locations("중구")).items
    provinces_with_junggu = {d.depth1_name for d in districts if d.depth2_name == "중구"}
    assert len(provinces_with_junggu) > 1
    seoul = next(p for p in provinces if p.depth1_name == "서울특별시")
    junggu = next(d for d in districts if d.depth1_name == "서울특별시" and d.depth2_name == "중구")
    towns = asyncio.run(children_of(lookups, region_path(junggu))).items
    assert towns and all(region_path(t)[:2] == ("서울특별시", "중구") for t in towns)
    everywhere = asyncio.run(lookups.depth3_locations("중구")).items
    assert len(everywhere) > len(towns)
    under_seoul = asyncio.run(children_of(lookups, region_path(seoul))).items
    assert under_seoul and {d.depth1_name for d in under_seoul} == {"서울특별시"}
    assert children_in(("서울특별시",), districts) == tuple(
        d for d in districts if d.depth1_name == "서울특별시"
    )
    with pytest.raises(ValueError):
        asyncio.run(children_of(lookups, region_path(towns[0])))
