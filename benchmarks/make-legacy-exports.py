#!/usr/bin/env python3
"""Writes N legacy-portal exports (the format of docs/import-format.md) with made-up Vietnamese text,
so the reader benchmark can load a realistic number of articles through the real import command.
Usage: make-legacy-exports.py FOLDER COUNT"""
import os
import random
import sys

WORDS = ("hội nghị tổng kết công tác năm tỉnh huyện xã nông dân thu hoạch lúa chè cà phê đường giao thông "
         "trường học học sinh giáo viên bệnh viện bác sĩ người dân đồng bào dân tộc thiểu số phát triển kinh tế "
         "xã hội văn hóa du lịch lễ hội mùa xuân biên giới an ninh quốc phòng chuyển đổi số dịch vụ công trực tuyến "
         "đầu tư hạ tầng nước sạch điện lưới nhà văn hóa thôn bản hợp tác xã sản phẩm OCOP thị trường giá cả").split()


def sentence(rng, n):
    words = [rng.choice(WORDS) for _ in range(n)]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def main():
    folder, count = sys.argv[1], int(sys.argv[2])
    os.makedirs(folder, exist_ok=True)
    rng = random.Random(42)
    for i in range(count):
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 14))).capitalize() + f" số {i}"
        day = 1 + i % 28
        month = 1 + (i // 28) % 12
        lines = [
            "PublishingPortal - Block_BanTin_Toolbar", "",
            f"{day:02d}/{month:02d}/2024",
            "Tăng cỡ chữ Giảm cỡ chữ",
            title,
            sentence(rng, 35), "",
            "PublishingPortal - Block_BanTin_ViewData", "",
            " ".join(rng.choice(WORDS) for _ in range(6)).capitalize(), "",
        ]
        for _ in range(rng.randint(5, 9)):
            lines += [" ".join(sentence(rng, rng.randint(15, 30)) for _ in range(3)), ""]
        lines += ["Phóng Viên " + rng.choice(["An", "Bình", "Châu", "Dũng", "Hà", "Khôi"])]
        with open(os.path.join(folder, f"{i:05d}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
