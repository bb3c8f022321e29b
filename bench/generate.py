#!/usr/bin/env python3
"""Generates benchmark data in the genre (never committed): plans as text and task CSVs.

usage: generate.py plans N DIR [--pages P] [--topic T]  # N plan texts (each about P pages) in DIR, about T if given
       generate.py planjson N DIR [--pages P]  # N plans as danvan's plan JSON (stand-in for `danvan import`)
       generate.py tasks N UNITS FILE           # a task CSV of N rows across UNITS units
       generate.py units UNITS FILE             # Data/units.yaml entries for those UNITS units (appended to FILE)
"""
import os, random, sys

PROVINCES = ["Hà Nội", "Hải Phòng", "Bắc Ninh", "Nam Định", "Thái Bình", "Nghệ An", "Quảng Ninh", "Cần Thơ",
             "Đà Nẵng", "Huế", "Lào Cai", "Gia Lai", "Đồng Nai", "An Giang", "Cà Mau", "Hưng Yên"]
TOPICS = ["chuyển đổi số", "cải cách hành chính", "bình đẳng giới", "phòng cháy chữa cháy", "an toàn thực phẩm",
          "phổ biến giáo dục pháp luật", "dân vận chính quyền", "xây dựng nông thôn mới", "bảo vệ môi trường",
          "phòng chống thiên tai", "an toàn giao thông", "phát triển văn hóa đọc", "y tế cơ sở", "giảm nghèo bền vững"]
SO = ["Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Y tế", "Sở Xây dựng", "Sở Khoa học và Công nghệ",
      "Sở Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch", "Sở Nông nghiệp và Môi trường", "Công an tỉnh",
      "Sở Công Thương", "Văn phòng UBND tỉnh"]
KINDS = [("Quyết định", "QĐ-TTg", "Thủ tướng Chính phủ"), ("Nghị định", "NĐ-CP", "Chính phủ"),
         ("Chỉ thị", "CT-TTg", "Thủ tướng Chính phủ"), ("Nghị quyết", "NQ-CP", "Chính phủ"),
         ("Quyết định", "QĐ-UBND", "UBND tỉnh"), ("Kế hoạch", "KH-UBND", "UBND tỉnh")]
VERBS = ["Tổ chức triển khai", "Rà soát, hoàn thiện", "Tuyên truyền, phổ biến", "Kiểm tra, giám sát việc thực hiện",
         "Xây dựng và trình ban hành", "Tổng hợp, đánh giá kết quả", "Bồi dưỡng, tập huấn cho cán bộ về"]


def plan_text(i, pages, rng, topic=None):
    province = rng.choice(PROVINCES)
    drawn = rng.choice(TOPICS)  # drawn even when a topic is given: the rest of the plan stays the same
    topic = drawn if topic is None else topic
    number = 100 + i
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    docs = []
    for k in range(rng.randint(3, 7)):
        kind, code, issuer = rng.choice(KINDS)
        n = rng.randint(1, 3000)
        y = rng.choice([2021, 2022, 2023, 2024, 2025])
        sym = f"{n}/{y}/{code}" if code == "NĐ-CP" else f"{n}/{code}"
        docs.append(f"{kind} số {sym} ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/{y} của {issuer} về {rng.choice(TOPICS)}")
    lines = ["ỦY BAN NHÂN DÂN", f"TỈNH {province.upper()}", "-------", "",
             "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "",
             f"Số: {number}/KH-UBND", f"{province}, ngày {day} tháng {month} năm 2025", "", "KẾ HOẠCH",
             f"TRIỂN KHAI CÔNG TÁC {topic.upper()} TRÊN ĐỊA BÀN TỈNH {province.upper()} NĂM 2026"]
    for d in docs:
        lines.append(f"Căn cứ {d};")
    lines.append(f"Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai công tác {topic} năm 2026 như sau:")
    lines += ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích",
              f"- Nâng cao hiệu quả công tác {topic} trên địa bàn tỉnh, bảo đảm đồng bộ, thống nhất.",
              "2. Yêu cầu", "- Xác định rõ nhiệm vụ, thời hạn và trách nhiệm của từng cơ quan, đơn vị.",
              "II. NHIỆM VỤ"]
    tasks_per_page = 6
    for t in range(max(3, pages * tasks_per_page)):
        lead, support = rng.sample(SO, 2)
        lines += [f"{t + 1}. {rng.choice(VERBS)} {topic} giai đoạn {t + 1}",
                  f"- {rng.choice(VERBS)} các nội dung về {topic} tại cơ quan, đơn vị, địa phương; báo cáo kết quả định kỳ.",
                  f"Đơn vị chủ trì: {lead}.", f"Đơn vị phối hợp: {support}; UBND các xã, phường.",
                  f"Thời gian thực hiện: {rng.choice(['Thường xuyên', 'Hoàn thành trong năm 2026', 'Quý II/2026'])}."]
    lines += ["III. TỔ CHỨC THỰC HIỆN",
              f"1. {SO[0]} theo dõi, đôn đốc các cơ quan, đơn vị triển khai thực hiện Kế hoạch này.",
              f"2. Các Sở, ban, ngành, UBND các xã, phường báo cáo kết quả thực hiện về {SO[0]} trước ngày "
              f"{rng.randint(10, 25)} hằng tháng để tổng hợp.", "", "Nơi nhận:", "- Văn phòng Chính phủ;",
              "- Thường trực Tỉnh ủy;", "- Các Sở, ban, ngành;", "- Lưu: VT.", "", "TM. ỦY BAN NHÂN DÂN",
              "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", rng.choice(["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung"])]
    return "\n".join(lines) + "\n"


def unit_name(u):
    return f"Tổ công tác số {u + 1}"


def plan_json(i, pages, rng):
    """A plan in danvan's JSON model (Sources/DanVanKnowledge/Model/Plan.swift), same genre as plan_text."""
    province = rng.choice(PROVINCES)
    topic = rng.choice(TOPICS)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    docs = []
    for k in range(rng.randint(3, 7)):
        kind, code, issuer = rng.choice(KINDS)
        n, y = rng.randint(1, 3000), rng.choice([2021, 2022, 2023, 2024, 2025])
        docs.append({"kind": kind, "symbol": f"{n}/{y}/{code}" if code == "NĐ-CP" else f"{n}/{code}", "issuer": issuer,
                     "date": f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "subject": f"về {rng.choice(TOPICS)}",
                     "sections": ["preamble"]})
    units = {}
    paragraphs = []
    for t in range(max(3, pages * 6)):
        lead, support = rng.sample(SO, 2)
        text = f"{rng.choice(VERBS)} {topic} giai đoạn {t + 1}: các nội dung về {topic} tại cơ quan, đơn vị, địa phương."
        timing = rng.choice(["Thường xuyên", "Hoàn thành trong năm 2026", "Quý II/2026"])
        paragraphs.append(f"{t + 1}. {text} Đơn vị chủ trì: {lead}. Đơn vị phối hợp: {support}. Thời gian thực hiện: {timing}.")
        units.setdefault(lead, []).append({"text": text, "section": f"II.{t + 1}", "role": "lead", "timing": timing})
        units.setdefault(support, []).append({"text": text, "section": f"II.{t + 1}", "role": "support", "timing": timing})
    report_day = rng.randint(10, 25)
    return {
        "id": f"ke-hoach-{i:04d}-{province.lower().replace(' ', '-')}", "number": f"{100 + i}/KH-UBND",
        "date": f"2025-{month:02d}-{day:02d}", "place": province, "issuer": f"Ủy ban nhân dân tỉnh {province}",
        "title": f"Triển khai công tác {topic} trên địa bàn tỉnh {province} năm 2026",
        "preamble": "Căn cứ " + "; ".join(f"{d['kind']} số {d['symbol']} {d['subject']}" for d in docs) + ".",
        "sections": [
            {"id": "I", "title": "MỤC ĐÍCH, YÊU CẦU", "role": "purposeAndRequirements",
             "paragraphs": [f"Nâng cao hiệu quả công tác {topic} trên địa bàn tỉnh, bảo đảm đồng bộ, thống nhất.",
                            "Xác định rõ nhiệm vụ, thời hạn và trách nhiệm của từng cơ quan, đơn vị."]},
            {"id": "II", "title": "NHIỆM VỤ", "role": "content", "paragraphs": paragraphs},
            {"id": "III", "title": "TỔ CHỨC THỰC HIỆN", "role": "organization",
             "paragraphs": [f"{SO[0]} theo dõi, đôn đốc các cơ quan, đơn vị triển khai thực hiện Kế hoạch này.",
                            f"Các Sở, ban, ngành báo cáo kết quả thực hiện về {SO[0]} trước ngày {report_day} hằng tháng."]},
        ],
        "documents": docs,
        "units": [{"name": n, "duties": d} for n, d in units.items()],
        "deadlines": [{"label": "Báo cáo định kỳ", "recurrence": "monthly", "day": report_day, "recipient": SO[0],
                       "section": "III", "text": f"Báo cáo kết quả trước ngày {report_day} hằng tháng."}],
        "recipients": ["Văn phòng Chính phủ", "Thường trực Tỉnh ủy", "Các Sở, ban, ngành", "Lưu: VT"],
        "signer": {"mode": "KT.", "authority": "Ủy ban nhân dân", "title": "Phó Chủ tịch",
                   "name": rng.choice(["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung"])},
        "reportsTo": SO[0], "topics": [topic],
    }


def main():
    rng = random.Random(2025)
    if len(sys.argv) >= 4 and sys.argv[1] == "plans":
        n, out = int(sys.argv[2]), sys.argv[3]
        pages = int(sys.argv[sys.argv.index("--pages") + 1]) if "--pages" in sys.argv else 1
        topic = sys.argv[sys.argv.index("--topic") + 1] if "--topic" in sys.argv else None
        os.makedirs(out, exist_ok=True)
        for i in range(n):
            with open(os.path.join(out, f"ke-hoach-{i:04d}.txt"), "w", encoding="utf-8") as f:
                f.write(plan_text(i, pages, rng, topic))
    elif len(sys.argv) >= 4 and sys.argv[1] == "planjson":
        import json
        n, out = int(sys.argv[2]), sys.argv[3]
        pages = int(sys.argv[sys.argv.index("--pages") + 1]) if "--pages" in sys.argv else 1
        os.makedirs(out, exist_ok=True)
        for i in range(n):
            with open(os.path.join(out, f"ke-hoach-{i:04d}.json"), "w", encoding="utf-8") as f:
                json.dump(plan_json(i, pages, rng), f, ensure_ascii=False)
    elif len(sys.argv) == 4 and sys.argv[1] == "units":
        units, out = int(sys.argv[2]), sys.argv[3]
        with open(out, "a", encoding="utf-8") as f:
            f.write("\n")
            for u in range(units):
                f.write(f"  - name: {unit_name(u)}\n    kind: tổ công tác\n")
    elif len(sys.argv) == 5 and sys.argv[1] == "tasks":
        n, units, out = int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
        names = [unit_name(u) for u in range(units)]
        with open(out, "w", encoding="utf-8") as f:
            f.write("STT,Nội dung nhiệm vụ,Đơn vị chủ trì,Thời gian hoàn thành,Ghi chú\n")
            for i in range(n):
                d = 1 + i % 28
                m = 1 + (i // 28) % 12
                f.write(f'{i + 1},"{rng.choice(VERBS)} nội dung số {i + 1}",{names[i % units]},{d:02d}/{m:02d}/2025,\n')
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
