"""The alert chime: the shipped file, the volume, and a real player process.

There is no sound card here, so the "player" is a real child process that
copies what it was given; the platform's players (pw-play, paplay, aplay) take
the same single file argument.
"""

from __future__ import annotations

import array
import io
import sys
import wave
from pathlib import Path

from wallboard.sound import Chime, default_file, scaled, synthesize_chime


def peak(wav_bytes: bytes) -> int:
    with wave.open(io.BytesIO(wav_bytes)) as w:
        samples = array.array("h", w.readframes(w.getnframes()))
    return max(abs(s) for s in samples)


def test_the_shipped_chime_is_the_synthesized_one() -> None:
    assert default_file().read_bytes() == synthesize_chime()
    with wave.open(str(default_file())) as w:
        assert (w.getnchannels(), w.getsampwidth()) == (1, 2)
        assert 0.5 < w.getnframes() / w.getframerate() < 1.2


def test_volume_scales_the_samples() -> None:
    chime = synthesize_chime()
    full = peak(chime)
    assert full > 10_000
    assert abs(peak(scaled(chime, 50)) - full // 2) <= 1
    assert peak(scaled(chime, 0)) == 0


def test_play_hands_the_scaled_file_to_the_player(tmp_path: Path) -> None:
    out = tmp_path / "played.wav"
    copier = [sys.executable, "-c",
              f"import shutil, sys; shutil.copy(sys.argv[1], {str(out)!r})"]
    chime = Chime(volume_pct=25, player=copier)
    assert chime.play()
    assert chime.wait() == 0
    assert abs(peak(out.read_bytes()) - peak(synthesize_chime()) // 4) <= 1


def test_a_bad_file_or_no_player_is_no_sound_and_no_error(tmp_path: Path, caplog) -> None:
    bad = tmp_path / "x.wav"
    bad.write_bytes(b"not a wav")
    assert not Chime(bad).play()
    assert "cannot be played" in caplog.text
    assert not Chime(player=[str(tmp_path / "no-such-player")]).play()
