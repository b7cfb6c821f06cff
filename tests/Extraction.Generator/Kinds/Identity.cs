using Extraction.Generator.Build;

namespace Extraction.Generator.Kinds;

/// <summary>Who and when: a drawn region, department, year, project and evaluator.</summary>
public sealed record Identity(string Region, string Department, int Year, string Project, string Evaluator, string Bureau)
{
    private static readonly string[] Regions = ["临川市", "青原县", "安平区", "沅江市", "乐清县", "南屏区", "云岭州", "白河县", "东陵市", "望海区", "石门县", "嘉禾市"];
    private static readonly string[] Departments = ["教育局", "卫生健康委员会", "民政局", "农业农村局", "交通运输局", "文化和旅游局", "市场监督管理局", "自然资源局", "水利局", "生态环境局", "司法局", "人力资源和社会保障局"];
    private static readonly string[] Projects = ["农村饮水安全巩固提升工程", "中小学校舍维修改造", "基层医疗机构能力提升", "高标准农田建设", "城乡道路养护", "公共文化服务体系建设", "困难群众救助补助", "河道综合治理", "食品安全抽检", "职业技能培训补贴", "智慧政务平台运维", "老旧小区改造"];
    private static readonly string[] Firms = ["华信会计师事务所（特殊普通合伙）", "中正联合会计师事务所有限公司", "立诚资产评估有限公司", "明达工程咨询有限公司", "恒远会计师事务所"];

    public static Identity Draw(Draw d)
    {
        var region = d.Pick(Regions);
        return new Identity(region, region + d.Pick(Departments), d.Int(2018, 2025), d.Pick(Projects), d.Pick(Firms), region + "财政局");
    }
}
