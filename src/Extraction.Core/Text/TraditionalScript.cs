using System.Collections.Frozen;

namespace Extraction.Text;

/// <summary>Traditional-script characters of budget reports folded to their simplified forms, one character for one, so
/// every index, span and box stays valid. Only characters no simplified text uses are listed (乾, 著, 藉 and the like are
/// left alone), so a fold cannot turn correct simplified text into something else.</summary>
public static class TraditionalScript
{
    /// <summary>Pairs: a traditional character, then its simplified form.</summary>
    private const string Pairs = "並并佔占來来係系倉仓個个備备傳传債债價价億亿償偿儲储兩两則则剛刚創创劃划劑剂動动務务勝胜勞劳勢势勵励勸劝區区協协卻却參参員员問问單单嚴严國国圍围園园圓圆圖图團团執执堅坚報报場场塊块壓压壞坏壯壮夠够夢梦奪夺奮奋婦妇學学實实寧宁審审寫写寬宽寶宝將将專专對对導导屆届層层屬属島岛嶺岭帳帐幣币幫帮幹干幾几庫库廠厂廢废廣广廳厅彈弹後后徑径從从復复徵征徹彻態态慣惯慮虑憑凭應应懷怀戰战戲戏戶户損损撥拨擁拥擇择擊击擔担據据擬拟擴扩擺摆攝摄數数斷断於于時时晉晋暫暂曆历書书會会東东條条棟栋業业極极構构樓楼標标樣样橋桥機机橫横檔档檢检欄栏權权歡欢歲岁歷历歸归殘残殺杀殼壳氣气決决沒没況况淨净減减測测準准滅灭滯滞滿满漢汉漲涨潔洁濕湿濟济災灾為为無无煙烟熱热燈灯營营爭争爾尔牆墙狀状獎奖獨独獲获現现瑪玛環环產产畢毕畫画當当疊叠瘋疯療疗發发盡尽監监眾众確确碼码礎础禦御禮礼稅税種种稱称積积穩稳窮穷競竞筆笔節节範范築筑簡简簽签籌筹糧粮紀纪約约紅红納纳純纯紙纸級级細细終终組组結结絕绝絡络給给統统絲丝經经綜综綠绿維维網网緊紧緒绪線线編编緩缓練练縣县縮缩總总績绩織织繫系繳缴繼继續续纜缆罰罚罷罢義义習习聖圣聞闻聯联聲声職职聽听腦脑臨临臺台與与興兴舉举舊旧艱艰萬万藝艺藥药蘇苏處处號号虧亏蟲虫術术衛卫裏里補补裝装裡里製制複复見见規规視视親亲覺觉覽览觀观訂订計计訊讯討讨訓训託托記记訪访設设許许訴诉診诊評评詞词試试詳详誌志認认語语誤误說说課课調调談谈請请論论諸诸謂谓講讲謝谢證证識识譯译議议護护讀读變变讓让豐丰貝贝負负財财貢贡貧贫貨货販贩責责貯贮貴贵買买貸贷費费貼贴貿贸資资賓宾賠赔賣卖賦赋質质賬账購购贈赠贊赞趕赶趨趋跡迹蹤踪車车軌轨軍军軟软較较載载輔辅輕轻輛辆輸输轄辖轉转辦办農农逕径這这連连週周進进遊游運运過过達达違违遙遥遠远適适遲迟選选遺遗還还邊边郵邮鄉乡鄰邻醫医釋释針针鈴铃銀银銷销鋪铺鋼钢錄录錢钱錯错鍵键鎖锁鎮镇鏈链鐘钟鐵铁長长門门閃闪閉闭開开閒闲間间閘闸閣阁閱阅關关陣阵陰阴陳陈陸陆陽阳隊队際际隨随險险隱隐隻只雖虽雙双雜杂雞鸡離离難难雲云電电靈灵靜静響响頁页頂顶項项順顺須须預预頓顿領领頭头頻频顆颗題题額额顏颜願愿類类顧顾顯显風风飛飞飯饭飲饮養养餘余館馆饋馈馬马駐驻駕驾驗验體体髮发鬥斗鬧闹魚鱼鳥鸟麥麦麵面麼么黃黄點点黨党齊齐齒齿齡龄龍龙";

    /// <summary>A document is read as traditional script when this many of its Chinese characters are traditional
    /// forms, and at least <see cref="MinShare"/> of them: a simplified report quoting one old name stays as printed.</summary>
    private const int MinCount = 12;

    private const double MinShare = 0.02;

    private static readonly FrozenDictionary<char, char> Map = Build();

    private static FrozenDictionary<char, char> Build()
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i + 1 < Pairs.Length; i += 2)
        {
            map[Pairs[i]] = Pairs[i + 1];
        }

        return map.ToFrozenDictionary();
    }

    /// <summary>True when the texts together are written in traditional script.</summary>
    public static bool IsTraditional(IEnumerable<string> texts)
    {
        long han = 0, traditional = 0;
        foreach (var text in texts)
        {
            foreach (var c in text)
            {
                if (c is >= '\u4E00' and <= '\u9FFF')
                {
                    han++;
                    if (Map.ContainsKey(c))
                    {
                        traditional++;
                    }
                }
            }
        }

        return traditional >= MinCount && traditional >= han * MinShare;
    }

    /// <summary>The text with every listed traditional character replaced by its simplified form (same length).</summary>
    public static string Fold(string text)
    {
        var i = 0;
        while (i < text.Length && !Map.ContainsKey(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, t) =>
        {
            for (var k = 0; k < t.Length; k++)
            {
                span[k] = Map.TryGetValue(t[k], out var s) ? s : t[k];
            }
        });
    }
}
