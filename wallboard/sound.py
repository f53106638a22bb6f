"""The alert chime: a WAV file at a chosen volume, played without blocking anyone.

The wall plays it when a critical alert fires (off unless configured). The
volume is applied to the samples themselves, so it does not depend on a
mixer; the scaled file is written once per volume to the temporary folder and
handed to the platform's player: ``winsound`` on Windows, else the first of
``pw-play``, ``paplay`` and ``aplay`` found. No player means no sound, said once
in the log; never an error on the wall.
"""

from __future__ import annotations

import array
import io
import logging
import math
import shutil
import subprocess
import sys
import tempfile
import wave
from collections.abc import Sequence
from pathlib import Path

from wallboard.resources import resource_path, system_program_environment

log = logging.getLogger(__name__)

RATE = 22_050
PLAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("pw-play", ()), ("paplay", ()), ("aplay", ("-q",)))


def synthesize_chime() -> bytes:
    """The built-in chime: two soft bell tones, rising, under a second (16-bit mono WAV)."""
    samples = array.array("h")
    for tone, start, length in ((659.25, 0.0, 0.55), (880.0, 0.28, 0.62)):
        first = int(start * RATE)
        while len(samples) < first + int(length * RATE):
            samples.append(0)
        for i in range(int(length * RATE)):
            t = i / RATE
            envelope = min(1.0, t / 0.01) * math.exp(-5.0 * t)
            value = envelope * (math.sin(2 * math.pi * tone * t)
                                + 0.25 * math.sin(4 * math.pi * tone * t))
            mixed = samples[first + i] + int(value * 0.45 * 32767 / 1.25)
            samples[first + i] = max(-32768, min(32767, mixed))
    return _wav(samples, RATE, 1)


def _wav(samples: array.array[int], rate: int, channels: int) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(samples.tobytes() if sys.byteorder == "little" else
                      _swapped(samples).tobytes())
    return out.getvalue()


def _swapped(samples: array.array[int]) -> array.array[int]:
    copy = array.array("h", samples)
    copy.byteswap()
    return copy


def scaled(wav_bytes: bytes, volume_pct: int) -> bytes:
    """``wav_bytes`` (16-bit PCM) with every sample at ``volume_pct`` % of its amplitude."""
    with wave.open(io.BytesIO(wav_bytes), "rb") as w:
        if w.getsampwidth() != 2:
            raise ValueError("only 16-bit PCM WAV files can be played")
        rate, channels = w.getframerate(), w.getnchannels()
        samples = array.array("h")
        samples.frombytes(w.readframes(w.getnframes()))
    if sys.byteorder != "little":
        samples.byteswap()
    factor = max(0, min(100, volume_pct)) / 100
    return _wav(array.array("h", (int(s * factor) for s in samples)), rate, channels)


def default_file() -> Path:
    return resource_path("sounds", "alert.wav")


class Chime:
    """Plays one WAV file at one volume; a play while one is sounding is skipped."""

    def __init__(self, file: Path | None = None, volume_pct: int = 60,
                 player: Sequence[str] | None = None) -> None:
        self.file = file or default_file()
        self.volume_pct = volume_pct
        self._player = list(player) if player is not None else None
        self._prepared: Path | None = None
        self._playing: subprocess.Popen[bytes] | None = None
        self._said_no_player = False

    def prepare(self) -> Path | None:
        """The scaled file, written once; None (and a log line) if the file is no good."""
        if self._prepared is not None:
            return self._prepared
        try:
            data = scaled(self.file.read_bytes(), self.volume_pct)
        except (OSError, ValueError, EOFError, wave.Error) as error:
            log.error("alert sound %s cannot be played: %s", self.file, error)
            return None
        target = Path(tempfile.gettempdir()) / f"wallboard-chime-{self.volume_pct}.wav"
        try:
            target.write_bytes(data)
        except OSError as error:
            log.error("alert sound: cannot write %s: %s", target, error.strerror)
            return None
        self._prepared = target
        return target

    def player(self) -> list[str] | None:
        if self._player is not None:
            return self._player
        for name, args in PLAYERS:
            found = shutil.which(name)
            if found:
                return [found, *args]
        return None

    def play(self) -> bool:
        """Start the chime; True if it was started."""
        path = self.prepare()
        if path is None:
            return False
        if sys.platform == "win32":  # pragma: no cover - Windows only
            import winsound

            winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC
                               | winsound.SND_NODEFAULT)
            return True
        if self._playing is not None and self._playing.poll() is None:
            return False  # still sounding: one chime at a time
        command = self.player()
        if command is None:
            if not self._said_no_player:
                log.warning("alert sound: no audio player found (pw-play, paplay or aplay)")
                self._said_no_player = True
            return False
        try:
            # The system's player with the system's libraries, not a frozen app's own.
            self._playing = subprocess.Popen([*command, str(path)], stdin=subprocess.DEVNULL,
                                             stdout=subprocess.DEVNULL,
                                             stderr=subprocess.DEVNULL,
                                             env=system_program_environment())
        except OSError as error:
            log.warning("alert sound: %s: %s", command[0], error.strerror)
            return False
        return True

    def wait(self, timeout_s: float = 10.0) -> int | None:
        """Wait for the chime to end (tests, and a tidy exit); its player's exit status."""
        if self._playing is None:
            return None
        return self._playing.wait(timeout_s)


if __name__ == "__main__":  # python -m wallboard.sound OUT.wav: write the built-in chime
    Path(sys.argv[1]).write_bytes(synthesize_chime())
