#!/usr/bin/env bash
# Regenerates the corpus documents made from sources/ and the gold JSON from the hand-written gold notes.
# Not run by CI: needs pandoc, Chromium and python3. The .txt/.md/.html documents written directly live in
# documents/ and are their own sources.
set -euo pipefail
cd "$(dirname "$0")"
src=sources/docs

# Text copied out of a PDF: hard line breaks, running header, "- N -" page numbers (and footnotes, "^" lines).
python3 sources/pdfcopy.py $src/hubei-ftz-trade-measures-pdfcopy.src.txt documents/hubei-ftz-trade-measures-pdfcopy.txt 37 "湖北省人民政府办公厅文件"
python3 sources/pdfcopy.py $src/guangxi-port-logistics-plan-pdfcopy.src.txt documents/guangxi-port-logistics-plan-pdfcopy.txt 38 "广西壮族自治区人民政府办公厅"
python3 sources/pdfcopy.py $src/sichuan-ftz-innovation-batch-pdfcopy.src.txt documents/sichuan-ftz-innovation-batch-pdfcopy.txt 36 "四川省人民政府文件"
python3 sources/pdfcopy.py $src/heilongjiang-ftz-5th-batch-innovation-pdfcopy.src.txt documents/heilongjiang-ftz-5th-batch-innovation-pdfcopy.txt 35 "黑龙江省人民政府文件"
python3 sources/pdfcopy.py $src/inner-mongolia-border-port-measures-pdfcopy.src.txt documents/inner-mongolia-border-port-measures-pdfcopy.txt 36 "内蒙古自治区人民政府办公厅文件"
python3 sources/pdfcopy.py $src/gansu-land-sea-corridor-measures-pdfcopy.src.txt documents/gansu-land-sea-corridor-measures-pdfcopy.txt 36 "甘肃省人民政府办公厅文件"
python3 sources/pdfcopy.py $src/zhengzhou-opening-up-2025-work-points-pdfcopy.src.txt documents/zhengzhou-opening-up-2025-work-points-pdfcopy.txt 36 "郑州市人民政府办公厅文件"
python3 sources/pdfcopy.py $src/yunnan-ftz-4th-batch-innovation-cases-pdfcopy.src.txt documents/yunnan-ftz-4th-batch-innovation-cases-pdfcopy.txt 35 "中国（云南）自由贸易试验区工作领导小组办公室"

# Word documents from markdown; cells holding ⟨merged⟩ become vertically merged cells.
for md in $src/*.md; do
  pandoc -f markdown -t docx -o "documents/$(basename "${md%.md}").docx" "$md"
done
python3 sources/docx_merge.py documents/henan-cross-border-ecommerce-2025-task-list.docx
python3 sources/docx_merge.py documents/hunan-ftz-upgrade-key-tasks-division.docx
python3 sources/docx_merge.py documents/national-general-office-foreign-trade-tasks-division.docx
python3 sources/docx_merge.py documents/lanzhou-land-port-opening-2025-task-list.docx
python3 sources/docx_merge.py documents/liuzhou-foreign-trade-2025-key-tasks.docx
# Two-level outline numbering (一、 / （一）) from numbering.xml only, as Word numbers a document.
python3 sources/docx_numbering.py documents/qinghai-service-trade-innovation-measures.docx "chineseCounting:%1、" "chineseCounting:（%2）"

# PDFs (with a text layer) from HTML.
for html in $src/*.html; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="documents/$(basename "${html%.html}").pdf" "$html" 2>/dev/null
done

python3 sources/gold_notes.py sources/gold gold
