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

## XLSX 模板中列的说明（选中该列单元格时显示）。
import-note-choice = 可填：{ $labels }；中英文均可，也可填 icp-tui 保存的名称。
import-note-choice-many = 填 icp-tui 显示的名称（中英文均可）或其保存的名称；无法识别的词会连同全部可选值一起报告。
import-note-province = 省份的中文或英文名称（广东、广东省、Guangdong），或其代码（44）。
import-note-several = 多个用 ; 分隔。
import-note-tick = 已备齐：是、✓ 或 yes。未备齐：否 或 no。留空：未回答。
