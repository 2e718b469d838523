"""EditPacer: one ad-group edit per interval per key, counted from the end of the last edit."""

from __future__ import annotations

import asyncio

import pytest

from moment_gui.api.pacing import EditPacer


class FakeTime:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def pacer(t: FakeTime, interval: float = 5.0) -> EditPacer:
    return EditPacer(interval, clock=t.clock, sleep=t.sleep)


def test_the_first_edit_goes_at_once_and_the_next_waits_the_rest_of_the_interval() -> None:
    t = FakeTime()
    p = pacer(t)

    async def edit(took: float) -> None:
        async with p.turn("acct"):
            t.now += took  # the request itself takes time

    asyncio.run(edit(1.0))
    t.now += 1.5
    asyncio.run(edit(0.0))
    assert t.slept == [3.5]  # 5 s from the end of the first edit, 1.5 s already gone
    assert p.waited == [0.0, 3.5]


def test_keys_do_not_wait_for_each_other_and_a_late_edit_does_not_wait() -> None:
    t = FakeTime()
    p = pacer(t)

    async def edit(key: str) -> None:
        async with p.turn(key):
            pass

    asyncio.run(edit("a"))
    asyncio.run(edit("b"))
    t.now += 6
    asyncio.run(edit("a"))
    assert t.slept == []
    assert p.wait_needed("a") == 5.0


def test_concurrent_edits_of_one_key_take_turns() -> None:
    t = FakeTime()
    p = pacer(t, 2.0)
    order: list[str] = []

    async def edit(name: str) -> None:
        async with p.turn("acct"):
            order.append(name)

    async def both() -> None:
        await asyncio.gather(edit("first"), edit("second"), edit("third"))

    asyncio.run(both())
    assert order == ["first", "second", "third"]
    assert t.slept == [2.0, 2.0]


def test_a_failed_edit_still_starts_the_interval() -> None:
    t = FakeTime()
    p = pacer(t)

    async def failing() -> None:
        async with p.turn("acct"):
            raise RuntimeError("refused")

    with pytest.raises(RuntimeError):
        asyncio.run(failing())
    assert p.wait_needed("acct") == 5.0


def test_a_negative_interval_is_refused() -> None:
    with pytest.raises(ValueError):
        EditPacer(-1)


def test_forget_drops_every_recent_edit() -> None:
    t = FakeTime()
    p = pacer(t)

    async def edit() -> None:
        async with p.turn("acct"):
            pass

    asyncio.run(edit())
    assert p.wait_needed("acct") == 5.0
    p.forget()
    assert p.wait_needed("acct") == 0.0
