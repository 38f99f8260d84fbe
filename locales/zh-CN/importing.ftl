# Importing from spreadsheets: localized words, the checklist columns.

## An enum cell's accepted words: "个人（individual）、企业（enterprise）".
import-word = { $label }（{ $name }）
import-word-separator = 、
transfer-cell-ambiguous = “{ $value }”对应此字段的多个取值。
transfer-cell-ambiguous-fix = 请写明是哪一个：{ $allowed }。
transfer-cell-tick = “{ $value }”不能表示此材料是否已备齐。
transfer-cell-tick-fix = 请写“是”或“否”（也可写 ✓、yes/no、true/false、1/0），不知道就留空。

## 材料清单的列：“材料：居民身份证”。
import-sec-checklist = 材料
import-header-ambiguous = { $file }，第 { $row } 行 { $letter } 列：“{ $header }”对应多个列（{ $paths }）。请改用字段路径。
