## icp-tui status


status-heading = 档案 { $profile }：{ $count } 个备案
status-empty = 还没有备案。运行 icp-tui 开始一个。
status-line = { $province }，步骤：{ $step }，{ $errors ->
    [0] 无错误
   *[other] { $errors } 个错误
}，{ $warnings ->
    [0] 无警告
   *[other] { $warnings } 个警告
}
status-next-deadline = 最近期限：{ $due } { $what }（{ $when }）
status-in-days = { $days ->
    [0] 今天
    [1] 明天
   *[other] 还有 { $days } 天
}
status-days-ago = { $days ->
    [1] 昨天
   *[other] 已过 { $days } 天
}
status-no-deadline = 暂无期限。
status-unreadable = ! { $file } 无法读取：{ $reason }

status-deadline-access_subscription = 云产品到期
status-deadline-domain_expiry = 域名到期
status-deadline-certificate_expiry = 主体证件到期
status-deadline-leader_id_expiry = 负责人证件到期
status-deadline-sms_verification = 须回复核验短信
status-deadline-administration_review = 管局审核应已结束
status-deadline-psb_filing = 须办理公安备案
status-deadline-real_name_sync = 实名信息应已同步到管局
