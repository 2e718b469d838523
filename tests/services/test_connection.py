"""The connection service: base URL, token for headless commands, checking and adopting."""

from __future__ import annotations

import asyncio

import pytest

from moment_gui.api.errors import AuthenticationError
from moment_gui.demo import make_demo_lookups
from moment_gui.services.connection import (
    BASE_URL_ENV,
    TOKEN_ENV,
    Connection,
    configured_base_url,
    headless_token,
)
from moment_gui.services.lookups import Source
from moment_gui.simulator import DEMO_AD_ACCOUNT_ID, DEMO_TOKEN
from moment_gui.store.secrets import MemoryTokenStore


def test_base_url_is_kakaos_unless_the_environment_names_another(monkeypatch) -> None:
    monkeypatch.delenv(BASE_URL_ENV, raising=False)
    assert configured_base_url() == "https://apis.moment.kakao.com"
    monkeypatch.setenv(BASE_URL_ENV, "  http://127.0.0.1:9  ")
    assert configured_base_url() == "http://127.0.0.1:9"
    assert Connection().base_url == "http://127.0.0.1:9"
    assert Connection("http://127.0.0.1:7").base_url == "http://127.0.0.1:7"


def test_a_bad_server_address_is_a_plain_value_error(monkeypatch) -> None:
    monkeypatch.setenv(BASE_URL_ENV, "http://example.com")
    with pytest.raises(ValueError, match="https://"):
        Connection().live("t", 1)
    with pytest.raises(ValueError, match="https://"):
        Connection().offline(1)


def test_headless_token_prefers_the_environment_then_the_keychain(monkeypatch) -> None:
    store = MemoryTokenStore()
    store.set("from-keychain")
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    assert headless_token(store) == "from-keychain"
    monkeypatch.setenv(TOKEN_ENV, " from-env ")
    assert headless_token(store) == "from-env"
    monkeypatch.setenv(TOKEN_ENV, "   ")
    assert headless_token(store) == "from-keychain"
    assert headless_token(MemoryTokenStore()) is None


def test_check_adopt_and_swap_a_token_on_the_same_server(sim_server: str, sim_state) -> None:
    connection = Connection(sim_server)

    async def go() -> None:
        with pytest.raises(AuthenticationError):
            await connection.check("not-a-token", DEMO_AD_ACCOUNT_ID)
        checked = await connection.check(DEMO_TOKEN, DEMO_AD_ACCOUNT_ID)
        assert DEMO_TOKEN not in repr(checked)
        demo = make_demo_lookups()
        first = connection.adopt(demo, checked)
        assert first.lookups is not demo and first.lookups.source is Source.LIVE
        assert first.lookups.cache is not None  # live answers are kept for offline use
        assert first.leftover is None  # the demo is not closed under a panel's feet
        assert (await first.lookups.cohorts()).source is Source.LIVE
        # A second token on the same server: the same service (and cache) takes it.
        sim_state.valid_tokens.add("second-token")
        again = await connection.check("second-token", DEMO_AD_ACCOUNT_ID)
        second = connection.adopt(first.lookups, again)
        assert second.lookups is first.lookups
        assert second.leftover is again.client
        await again.client.aclose()
        assert (await second.lookups.cohorts()).items
        sim_state.valid_tokens.discard(DEMO_TOKEN)  # the old token no longer works…
        assert (await second.lookups.cohorts()).items  # …and is no longer used
        await second.lookups.aclose()

    asyncio.run(go())


def test_adopting_on_another_server_replaces_and_retires_the_live_service(
    sim_server: str,
) -> None:
    async def go() -> None:
        here = Connection(sim_server)
        current = here.live(DEMO_TOKEN, DEMO_AD_ACCOUNT_ID)
        other = Connection(sim_server.replace("127.0.0.1", "localhost"))
        checked = await other.check(DEMO_TOKEN, DEMO_AD_ACCOUNT_ID)
        switch = other.adopt(current, checked)
        assert switch.lookups is not current and switch.leftover is current
        assert switch.lookups.cache is current.cache
        await current.aclose()
        await switch.lookups.aclose()

    asyncio.run(go())
