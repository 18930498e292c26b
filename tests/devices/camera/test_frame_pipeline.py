"""One camera reader feeding a preview and analysers that never hold each other up."""

from __future__ import annotations

import threading
from pathlib import Path

import cv2
import numpy as np
import pytest

from devices.camera.pipeline import FramePipeline
from devices.camera.port import Frame
from devices.camera.scenes import ImageScene, VideoScene, scene_from
from devices.camera.sim import SimCamera
from devices.errors import DeviceTimeout


class _Counter:
    def __init__(self, target: int) -> None:
        self.frames: list[Frame] = []
        self.enough = threading.Event()
        self.target = target

    def __call__(self, frame: Frame) -> None:
        self.frames.append(frame)
        if len(self.frames) >= self.target:
            self.enough.set()


def test_stuck_analyser_blocks_neither_preview_nor_other_analysers() -> None:
    """GIVEN an analyser stuck on its first frame WHEN frames flow THEN the rest keep going."""
    camera = SimCamera(640, 480, fps=60)
    pipeline = FramePipeline(camera, preview_width=320, preview_fps=30)
    stuck = threading.Event()
    preview, fast = _Counter(10), _Counter(10)
    seen_by_stuck: list[int] = []

    def slow(frame: Frame) -> None:
        seen_by_stuck.append(frame.seq)
        stuck.wait(30)

    pipeline.add_analyser("stuck", slow)
    pipeline.add_analyser("fast", fast)
    pipeline.add_preview("preview", preview)
    pipeline.start()
    try:
        assert preview.enough.wait(30) and fast.enough.wait(30)
        assert preview.frames[0].width == 320 and preview.frames[0].height == 240
        assert fast.frames[0].width == 640
        assert len(seen_by_stuck) == 1
    finally:
        stuck.set()
        pipeline.stop()
    stats = pipeline.stats()
    assert stats == {}  # stopped: consumers gone


def test_consumer_that_raises_does_not_stop_the_pipeline() -> None:
    camera = SimCamera(160, 120, fps=60)
    pipeline = FramePipeline(camera)
    ok = _Counter(5)

    def broken(frame: Frame) -> None:
        raise RuntimeError("analyser bug")

    pipeline.add_analyser("broken", broken)
    pipeline.add_analyser("ok", ok)
    pipeline.start()
    try:
        assert ok.enough.wait(30)
        assert pipeline.stats()["broken"].failures >= 1
        with pytest.raises(ValueError, match="exists"):
            pipeline.add_analyser("ok", ok)
    finally:
        pipeline.stop()


def test_emulator_plays_images_and_video_files(tmp_path: Path) -> None:
    red = np.zeros((60, 80, 3), np.uint8)
    red[..., 2] = 255  # BGR on disk
    blue = np.zeros((60, 80, 3), np.uint8)
    blue[..., 0] = 255
    paths = [tmp_path / "red.png", tmp_path / "blue.png"]
    cv2.imwrite(str(paths[0]), red)
    cv2.imwrite(str(paths[1]), blue)
    camera = SimCamera(160, 120, fps=60, scene=ImageScene(paths, 160, 120))
    first, second = camera.read_frame(5), camera.read_frame(5)
    assert first.pixels[60, 80].tolist() == [255, 0, 0]  # RGB
    assert second.pixels[60, 80].tolist() == [0, 0, 255]
    video = tmp_path / "clip.avi"
    writer = cv2.VideoWriter(str(video), cv2.VideoWriter.fourcc(*"MJPG"), 10, (80, 60))
    for _ in range(3):
        writer.write(red)
    writer.release()
    scene = scene_from([video], 80, 60)
    assert isinstance(scene, VideoScene)
    frames = [scene.next_frame() for _ in range(5)]  # loops past the end
    assert all(f.shape == (60, 80, 3) for f in frames)


def test_emulator_faults_freeze_and_hang() -> None:
    camera = SimCamera(64, 48, fps=60)
    camera.freeze()
    a, b = camera.read_frame(1), camera.read_frame(1)
    assert np.array_equal(a.pixels, b.pixels) and b.seq > a.seq
    camera.freeze(False)
    camera.hang()
    with pytest.raises(DeviceTimeout):
        camera.read_frame(0.1)
    camera.hang(False)
    assert camera.read_frame(1).seq > b.seq
