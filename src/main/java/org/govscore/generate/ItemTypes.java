package org.govscore.generate;

/**
 * The item type of a service item, told from its name the way catalogues classify them: 许可/审批 are
 * licensing, 认定/登记 confirmation, 补贴/救助 payment, 检查/验收 inspection, 证明/查询 public service. The first
 * matching rule wins.
 */
final class ItemTypes {
  private static final String[][] RULES = {
    {"LICENSING", "许可", "审批", "核发", "核准", "审核", "资格认可"},
    {
      "PAYMENT", "补贴", "救助", "津贴", "发放", "补助", "抚恤", "支付", "报销", "供养", "扶助金", "优待金", "贴息", "支取",
      "缴款", "缴纳"
    },
    {"INSPECTION", "检查", "检测", "检定", "审验", "监察", "监督", "验收", "评审"},
    {"CONFIRMATION", "认定", "确认", "评定", "登记", "鉴定", "裁决", "核定"},
    {
      "PUBLIC_SERVICE",
      "查询",
      "证明",
      "申领",
      "换领",
      "办理",
      "咨询",
      "服务",
      "开具",
      "签发",
      "申请",
      "一件事",
      "报名",
      "调解"
    }
  };

  private ItemTypes() {}

  static String of(String itemName) {
    for (String[] rule : RULES) {
      for (int i = 1; i < rule.length; i++) {
        if (itemName.contains(rule[i])) {
          return rule[0];
        }
      }
    }
    return "OTHER";
  }
}
