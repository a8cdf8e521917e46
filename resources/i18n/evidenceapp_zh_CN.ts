<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddEventDialog</name>
    <message>
        <source>Add an event</source>
        <translation>添加事件</translation>
    </message>
    <message>
        <source>The reason or what was said, word for word</source>
        <translation>理由或对方原话，逐字记录</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>When ({zone})</source>
        <translation>时间（{zone}）</translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation>理由或备注</translation>
    </message>
    <message>
        <source>Deadlines that follow from this event are added for you; you can edit their dates.</source>
        <translation>由此事件产生的期限会自动添加，日期可以修改。</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>添加事件</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭提醒</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <source>What was said (typed by you; printed in the dossier)</source>
        <translation>通话内容（由您输入，将打印在材料中）</translation>
    </message>
    <message>
        <source>e.g. 10:32 the agent admits the mug was cracked before shipping and promises a full refund</source>
        <translation>例如：10:32 客服承认杯子发货前已有裂纹，并承诺全额退款</translation>
    </message>
    <message>
        <source>Save transcript</source>
        <translation>保存文字记录</translation>
    </message>
    <message>
        <source>Call with {who}</source>
        <translation>与 {who} 的通话</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Seller: {seller}</source>
        <translation>卖家：{seller}</translation>
    </message>
    <message>
        <source>No. {order}</source>
        <translation>订单 {order}</translation>
    </message>
    <message>
        <source>items: {count}</source>
        <translation>证据 {count} 项</translation>
    </message>
    <message>
        <source>due {when}</source>
        <translation>截止 {when}</translation>
    </message>
</context>
<context>
    <name>DeadlineAlerts</name>
    <message>
        <source>Deadline passed: {deadline} ({case})</source>
        <translation>期限已过：{deadline}（{case}）</translation>
    </message>
    <message>
        <source>Deadline in {remaining}: {deadline} ({case})</source>
        <translation>还剩 {remaining}：{deadline}（{case}）</translation>
    </message>
    <message>
        <source>Dispute deadline</source>
        <translation>维权期限提醒</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Edit the deadline</source>
        <translation>修改期限</translation>
    </message>
    <message>
        <source>Add a deadline</source>
        <translation>添加期限</translation>
    </message>
    <message>
        <source>Done (no longer counts down)</source>
        <translation>已完成（不再倒计时）</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Due ({zone})</source>
        <translation>截止时间（{zone}）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>Could not open it</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>No file manager or viewer could be started here. The path is copied to the clipboard:</source>
        <translation>此处无法启动文件管理器或查看程序。路径已复制到剪贴板：</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>e.g. the crack was there when the parcel was opened</source>
        <translation>例如：开箱时杯子已有裂纹</translation>
    </message>
    <message>
        <source>What it proves</source>
        <translation>证明目的</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Text read</source>
        <translation>识别的文字</translation>
    </message>
    <message>
        <source>Hide from dossier</source>
        <translation>不放入材料</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Original name: {name}</source>
        <translation>原文件名：{name}</translation>
    </message>
    <message>
        <source>Captured: {when} ({how})</source>
        <translation>拍摄时间：{when}（{how}）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Added: {when} · {source}</source>
        <translation>添加时间：{when} · {source}</translation>
    </message>
    <message>
        <source>Size: {size} · {mime}</source>
        <translation>大小：{size} · {mime}</translation>
    </message>
    <message>
        <source>Dimensions: {w} × {h}</source>
        <translation>尺寸：{w} × {h}</translation>
    </message>
    <message>
        <source>Duration: {seconds} s</source>
        <translation>时长：{seconds} 秒</translation>
    </message>
    <message>
        <source>Camera: {camera}</source>
        <translation>设备：{camera}</translation>
    </message>
    <message>
        <source>Location: {lat}, {lon}</source>
        <translation>位置：{lat}, {lon}</translation>
    </message>
    <message>
        <source>Warnings: {flags}</source>
        <translation>提示：{flags}</translation>
    </message>
    <message>
        <source>Select an item to see it here</source>
        <translation>选择一项证据以在此查看</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>正在加载预览…</translation>
    </message>
    <message>
        <source>No preview for this kind of file ({kind})</source>
        <translation>此类文件无法预览（{kind}）</translation>
    </message>
    <message>
        <source>Text read (OCR)</source>
        <translation>识别的文字（OCR）</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Hide this item?</source>
        <translation>隐藏这项证据？</translation>
    </message>
    <message>
        <source>The item stays in the store and in the journal, but it is left out of the list and of dossiers.</source>
        <translation>该证据仍保存在证据库和日志中，但不再显示在列表里，也不会放入导出材料。</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Keep the proof for your refund dispute</source>
        <translation>为退款纠纷保存好证据</translation>
    </message>
    <message>
        <source>One case per disputed order. Three steps:</source>
        <translation>每个争议订单建一个案件。三个步骤：</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>录像</translation>
    </message>
    <message>
        <source>Film the unboxing in one continuous take: the clock and order number are burned into the video.</source>
        <translation>一镜到底拍摄开箱过程：时间和订单号直接印在画面上。</translation>
    </message>
    <message>
        <source>Add photos and chats</source>
        <translation>添加照片和聊天记录</translation>
    </message>
    <message>
        <source>Drop photos, paste chat screenshots with Ctrl+V. Every file is hashed the moment it is added.</source>
        <translation>拖入照片，用 Ctrl+V 粘贴聊天截图。每个文件添加时即计算哈希值。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Get a dossier (PDF and verifiable bundle) shaped for the platform, 12315, or a formal notice.</source>
        <translation>生成适用于平台介入、12315 投诉或正式函件的材料（PDF 及可校验的证据包）。</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>新建案件…</translation>
    </message>
    <message>
        <source>Open a demo case</source>
        <translation>打开示例案件</translation>
    </message>
    <message>
        <source>Creating the demo case: filming a short synthetic unboxing, a few seconds…</source>
        <translation>正在创建示例案件：正在录制一段简短的模拟开箱视频，需要几秒钟…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This could not be found: {key}.</source>
        <translation>找不到：{key}。</translation>
    </message>
    <message>
        <source>“{key}” matches several entries. Please be more specific.</source>
        <translation>“{key}”匹配到多项，请输入更具体的内容。</translation>
    </message>
    <message>
        <source>The value entered for “{field}” is not valid.</source>
        <translation>“{field}”中填写的内容无效。</translation>
    </message>
    <message>
        <source>The file or folder no longer exists: {path}</source>
        <translation>文件或文件夹已不存在：{path}</translation>
    </message>
    <message>
        <source>This file could not be read: {path}</source>
        <translation>无法读取此文件：{path}</translation>
    </message>
    <message>
        <source>This is not an ordinary file and was skipped: {path}</source>
        <translation>这不是普通文件，已跳过：{path}</translation>
    </message>
    <message>
        <source>This folder links back to itself and was skipped: {path}</source>
        <translation>此文件夹链接回自身，已跳过：{path}</translation>
    </message>
    <message>
        <source>This type of file is not supported: {path}</source>
        <translation>不支持此类文件：{path}</translation>
    </message>
    <message>
        <source>There is not enough free disk space to store {path}. Free some space and try again.</source>
        <translation>磁盘空间不足，无法保存 {path}。请释放空间后重试。</translation>
    </message>
    <message>
        <source>Your evidence was saved by a newer version of the app. Please update the app to open it.</source>
        <translation>您的证据由更新版本的应用保存。请更新应用后再打开。</translation>
    </message>
    <message>
        <source>The evidence database is damaged. Your original files are untouched; see the details and contact support.</source>
        <translation>证据数据库已损坏。您的原始文件未受影响；请查看详情并联系支持。</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>操作已取消。</translation>
    </message>
    <message>
        <source>The file was stored, but its details (date, camera) could not be read: {path}</source>
        <translation>文件已保存，但无法读取其信息（日期、相机）：{path}</translation>
    </message>
    <message>
        <source>Reading the details of {path} took too long; the file was stored without them.</source>
        <translation>读取 {path} 的信息超时；文件已保存，但不含这些信息。</translation>
    </message>
    <message>
        <source>Something went wrong ({code}).</source>
        <translation>出现问题（{code}）。</translation>
    </message>
    <message>
        <source>Something went wrong. The details say what happened.</source>
        <translation>出了点问题。详细信息中写明了原因。</translation>
    </message>
    <message>
        <source>The evidence database is in use by another program (a backup or sync tool?). Close it and try again; nothing was lost.</source>
        <translation>证据数据库正被其他程序占用（备份或同步工具？）。请关闭该程序后重试；没有任何数据丢失。</translation>
    </message>
    <message>
        <source>The stored copy of {path} is damaged and could not be repaired. Run “Verify now” and keep the original file.</source>
        <translation>{path} 的存储副本已损坏且无法修复。请运行“立即核验”，并保留原始文件。</translation>
    </message>
    <message>
        <source>This needs a date or a number of days that only you can read on the platform; see the note beside it.</source>
        <translation>这里需要一个只有你能在平台上看到的日期或天数，请看旁边的说明。</translation>
    </message>
    <message>
        <source>{path} could not be written into the evidence store. Check the disk and try again.</source>
        <translation>无法将 {path} 写入证据库。请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>An upload from the phone is over the size limit ({limit} bytes) and was not kept.</source>
        <translation>手机上传的文件超过大小上限（{limit} 字节），未被保存。</translation>
    </message>
    <message>
        <source>The upload of {path} stopped before the end; nothing of it was kept. Send it again.</source>
        <translation>{path} 的上传中途中断，未保存任何内容。请重新发送。</translation>
    </message>
    <message>
        <source>The phone sent something that is not a plain file upload, so it was refused.</source>
        <translation>手机发送的内容不是普通的文件上传，已被拒绝。</translation>
    </message>
    <message>
        <source>The app could not start receiving on {host} port {port}. Check that you are connected to a network, or choose another address.</source>
        <translation>无法在 {host} 端口 {port} 上开始接收。请确认已连接网络，或选择其他地址。</translation>
    </message>
    <message>
        <source>The camera {source} could not be opened. Close other apps that use it, or choose another source.</source>
        <translation>无法打开摄像头 {source}。请关闭正在使用它的其他应用，或选择其他来源。</translation>
    </message>
    <message>
        <source>This is not a video source the app can record from: {source}</source>
        <translation>这不是可以录制的视频来源：{source}</translation>
    </message>
    <message>
        <source>The screen cannot be recorded on this system ({system}). On Linux, log in with an X11 (Xorg) session; under Wayland, film the screen with your phone instead.</source>
        <translation>此系统无法录制屏幕（{system}）。在 Linux 上请使用 X11（Xorg）会话登录；在 Wayland 下请改用手机拍摄屏幕。</translation>
    </message>
    <message>
        <source>This address was not opened: {url}. Only public http(s) web pages are captured; a local or private address needs your confirmation.</source>
        <translation>未打开此地址：{url}。只采集公开的 http(s) 网页；本机或内网地址需要您确认。</translation>
    </message>
    <message>
        <source>The page {url} could not be captured. Check the address and your connection, then try again.</source>
        <translation>无法采集网页 {url}。请检查地址和网络连接后重试。</translation>
    </message>
    <message>
        <source>{url} only shows its content after you log in, which the capture cannot do. Record the screen while you show the page, or add a screenshot from the app. Never enter your platform password here.</source>
        <translation>{url} 需要登录后才显示内容，网页取证无法登录。请在展示该页面时录屏，或添加 App 内的截图。切勿在此输入您的平台密码。</translation>
    </message>
    <message>
        <source>The recording stopped unexpectedly. What was filmed until then is kept.</source>
        <translation>录像意外停止。停止前录下的内容已保留。</translation>
    </message>
    <message>
        <source>This installation&apos;s signing key cannot be used: {path}</source>
        <translation>无法使用本机的签名密钥：{path}</translation>
    </message>
    <message>
        <source>No trusted timestamp could be obtained from {url}. The export is kept and can be timestamped later.</source>
        <translation>未能从 {url} 获得可信时间戳。导出的文件已保留，可以稍后再加时间戳。</translation>
    </message>
    <message>
        <source>This bundle cannot be read (not a dossier bundle, or damaged): {path}</source>
        <translation>无法读取此证据包（不是证据包，或已损坏）：{path}</translation>
    </message>
    <message>
        <source>This bundle was refused: one of its files would unpack to far more than a dossier bundle holds (a “zip bomb”, or a damaged file). Nothing was unpacked: {path}</source>
        <translation>已拒绝此证据包：其中某个文件解压后远超证据包应有的大小（“压缩炸弹”或文件已损坏）。未解压任何内容：{path}</translation>
    </message>
    <message>
        <source>The dossier PDF could not be signed. It was written without a signature.</source>
        <translation>无法为材料 PDF 签名。PDF 已生成，但没有签名。</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes). It was stored as it is, but there is nothing to show.</source>
        <translation>{path} 是空文件（0 字节）。已原样保存，但没有可显示的内容。</translation>
    </message>
    <message>
        <source>The content of {path} is not a photo, video or document the app can read. It was stored unchanged.</source>
        <translation>{path} 的内容不是本应用能读取的照片、视频或文档。已原样保存。</translation>
    </message>
    <message>
        <source>{path} is damaged or incomplete. The original bytes were stored unchanged.</source>
        <translation>{path} 已损坏或不完整。原始数据已原样保存。</translation>
    </message>
    <message>
        <source>{path} is too large a picture to open safely. It was stored, but no preview is made.</source>
        <translation>{path} 图片过大，无法安全打开。已保存，但不生成预览。</translation>
    </message>
    <message>
        <source>The metadata of {path} is damaged: its capture time and camera cannot be trusted.</source>
        <translation>{path} 的元数据已损坏：其拍摄时间和相机信息不可信。</translation>
    </message>
    <message>
        <source>{path} is a password-protected PDF. It was stored unchanged, but its content cannot be read.</source>
        <translation>{path} 是有密码保护的 PDF。已原样保存，但无法读取其内容。</translation>
    </message>
    <message>
        <source>A copy without personal metadata cannot be made for {path}.</source>
        <translation>无法为 {path} 生成去除个人元数据的副本。</translation>
    </message>
    <message>
        <source>The stored original {path} has changed since it was added, so the export was stopped. Run “Verify now” in the Journal tab.</source>
        <translation>保存的原始文件 {path} 在添加后已被改动，导出已停止。请在“日志”标签页中点击“立即校验”。</translation>
    </message>
    <message>
        <source>The upload limits of this channel are not known: {channel}</source>
        <translation>不清楚此渠道的上传限制：{channel}</translation>
    </message>
    <message>
        <source>The dossier could not be written to {path}. Check the folder and the free space.</source>
        <translation>无法将材料写入 {path}。请检查文件夹和剩余空间。</translation>
    </message>
    <message>
        <source>Text recognition is not installed, so chat screenshots cannot be read.</source>
        <translation>未安装文字识别组件，无法读取聊天截图。</translation>
    </message>
    <message>
        <source>The text of {path} could not be read.</source>
        <translation>无法识别 {path} 中的文字。</translation>
    </message>
    <message>
        <source>Could not finish</source>
        <translation>未能完成</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your evidence is safe: nothing already stored is changed by this.</source>
        <translation>发生了意外错误。您的证据是安全的：已保存的内容不会因此改变。</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>（无日志文件）</translation>
    </message>
    <message>
        <source>Please send the log file with a short description of what you did: {path}</source>
        <translation>请将日志文件连同操作的简要说明一并发送给我们：{path}</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>unknown time</source>
        <translation>时间未知</translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Paste screenshot or chat</source>
        <translation>粘贴截图或聊天</translation>
    </message>
    <message>
        <source>Receive from phone…</source>
        <translation>从手机接收…</translation>
    </message>
    <message>
        <source>Capture a web page…</source>
        <translation>网页取证…</translation>
    </message>
    <message>
        <source>Find text in chats and screenshots…</source>
        <translation>在聊天记录和截图中查找文字…</translation>
    </message>
    <message>
        <source>Exhibit order</source>
        <translation>证据顺序</translation>
    </message>
    <message>
        <source>Capture time</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <source>Grouped by kind</source>
        <translation>按类型分组</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>缩略图大小</translation>
    </message>
    <message>
        <source>View full size</source>
        <translation>查看原图</translation>
    </message>
    <message>
        <source>Open the original</source>
        <translation>打开原始文件</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>复制 SHA-256</translation>
    </message>
    <message>
        <source>Set what it proves…</source>
        <translation>填写证明内容…</translation>
    </message>
    <message>
        <source>Move to the start of the list</source>
        <translation>移到列表开头</translation>
    </message>
    <message>
        <source>Move to the end of the list</source>
        <translation>移到列表末尾</translation>
    </message>
    <message>
        <source>What it shows (for the playbook)</source>
        <translation>内容类型（供维权指南使用）</translation>
    </message>
    <message numerus="yes">
        <source>Hide from dossier (%n item(s))</source>
        <translation>
            <numerusform>从材料中隐藏（%n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide these items?</source>
        <translation>隐藏这些证据？</translation>
    </message>
    <message>
        <source>The items stay in the store and in the journal, but they are left out of the list and of dossiers.</source>
        <translation>这些证据仍保存在证据库和日志中，但不再出现在列表和导出材料里。</translation>
    </message>
    <message>
        <source>{count} item(s) contain “{text}”.</source>
        <translation>{count} 项包含“{text}”。</translation>
    </message>
    <message>
        <source>Drop files or folders here, or press Ctrl+V to paste a screenshot. Drag to reorder exhibits.</source>
        <translation>将文件或文件夹拖到此处，或按 Ctrl+V 粘贴截图。拖动可调整证据顺序。</translation>
    </message>
    <message>
        <source>Capture a web page</source>
        <translation>网页取证</translation>
    </message>
    <message>
        <source>Address of the page (the listing, the shop page). A fresh browser without your login opens it: pages that need your login cannot be captured this way, and the app never asks for your password.</source>
        <translation>网页地址（商品页、店铺页）。将用一个未登录的全新浏览器打开：需要登录的页面无法这样采集，本应用也绝不会索要您的密码。</translation>
    </message>
    <message>
        <source>{url} is on this computer or a private network, not a public web site. Capture it anyway?</source>
        <translation>{url} 位于本机或内网，不是公开网站。仍要采集吗？</translation>
    </message>
    <message>
        <source>Record the screen instead</source>
        <translation>改为录屏</translation>
    </message>
    <message>
        <source>Captured {url} (HTTP {status}): screenshot, page archive, text and record added.</source>
        <translation>已采集 {url}（HTTP {status}）：已添加截图、网页存档、文字和采集记录。</translation>
    </message>
    <message>
        <source>Capturing the web page…</source>
        <translation>正在采集网页…</translation>
    </message>
    <message>
        <source>Photos and videos ({patterns})</source>
        <translation>照片和视频（{patterns}）</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>文档（{patterns}）</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <source>Adding evidence…</source>
        <translation>正在添加证据…</translation>
    </message>
    <message>
        <source>The clipboard holds no image, file or text to paste.</source>
        <translation>剪贴板中没有可粘贴的图片、文件或文字。</translation>
    </message>
    <message>
        <source>The copied text was added as a chat text item.</source>
        <translation>复制的文字已作为聊天文字证据添加。</translation>
    </message>
    <message>
        <source>Adding the copied chat text…</source>
        <translation>正在添加复制的聊天文字…</translation>
    </message>
    <message>
        <source>Pasting screenshot…</source>
        <translation>正在粘贴截图…</translation>
    </message>
    <message>
        <source>{added} added, {dups} already in the case, {errors} could not be added.</source>
        <translation>已添加 {added} 项，{dups} 项已在案件中，{errors} 项无法添加。</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>已中途停止。</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>部分文件未添加</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <source>Platform intervention (申请平台介入 / dispute)</source>
        <translation>平台介入（申请平台介入）</translation>
    </message>
    <message>
        <source>12315 consumer complaint (投诉书)</source>
        <translation>12315 消费投诉（投诉书）</translation>
    </message>
    <message>
        <source>Formal notice / SignalConso (mise en demeure)</source>
        <translation>正式催告函 / SignalConso（法国）</translation>
    </message>
    <message>
        <source>Card chargeback (bank statement)</source>
        <translation>信用卡拒付（致银行的说明）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Where you escalate</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <source>Dossier language</source>
        <translation>材料语言</translation>
    </message>
    <message>
        <source>Save into</source>
        <translation>保存到</translation>
    </message>
    <message>
        <source>Print the photos&apos; GPS coordinates in the PDF</source>
        <translation>在PDF中打印照片的GPS坐标</translation>
    </message>
    <message>
        <source>Off: the PDF only says that a location is recorded in the original.</source>
        <translation>不勾选时，PDF只注明原始文件中记录了位置。</translation>
    </message>
    <message>
        <source>Evidence list (exhibit order; change it by dragging in the Evidence tab):</source>
        <translation>证据目录（按证据顺序；可在“证据”页拖动调整）：</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>证据名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>形成时间</translation>
    </message>
    <message>
        <source>What it proves</source>
        <translation>证明目的</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>Ticked exhibits go into upload/, most important first (defect, refusal, logistics, unboxing).</source>
        <translation>勾选的证据放入 upload/，按重要性排序（缺陷、拒绝、物流、开箱）。</translation>
    </message>
    <message>
        <source>Export dossier</source>
        <translation>导出材料</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>your phone number</source>
        <translation>您的电话号码</translation>
    </message>
    <message>
        <source>your address</source>
        <translation>您的地址</translation>
    </message>
    <message>
        <source>your email</source>
        <translation>您的电子邮箱</translation>
    </message>
    <message>
        <source>your ID number</source>
        <translation>您的身份证号</translation>
    </message>
    <message>
        <source>the seller&apos;s name</source>
        <translation>商家名称</translation>
    </message>
    <message>
        <source>the seller&apos;s address</source>
        <translation>商家地址</translation>
    </message>
    <message>
        <source>the amount paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <source>the order date</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <source>the seller&apos;s credit code</source>
        <translation>商家统一社会信用代码</translation>
    </message>
    <message>
        <source>the store ID</source>
        <translation>店铺 ID</translation>
    </message>
    <message>
        <source>the waybill number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>the delivery date</source>
        <translation>签收日期</translation>
    </message>
    <message>
        <source>Save the dossier into</source>
        <translation>将材料保存到</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was left half-written.</source>
        <translation>导出已取消：没有留下写了一半的文件。</translation>
    </message>
    <message>
        <source>Dossier written to {folder}</source>
        <translation>材料已写入 {folder}</translation>
    </message>
    <message>
        <source>PDF: {name} ({pages} pages)</source>
        <translation>PDF：{name}（{pages} 页）</translation>
    </message>
    <message>
        <source>Verifiable bundle: {name}</source>
        <translation>可校验证据包：{name}</translation>
    </message>
    <message>
        <source>Upload set for {channel}: {count} files in upload/, with form.txt to paste into the form</source>
        <translation>{channel} 上传文件：upload/ 中共 {count} 个文件，另附可粘贴到表单的 form.txt</translation>
    </message>
    <message>
        <source>Your details are in Settings › Your details; the case&apos;s in Overview.</source>
        <translation>您的个人信息在“设置 › 我的信息”中填写；案件信息在“概览”中填写。</translation>
    </message>
    <message>
        <source>Still missing: {fields}</source>
        <translation>仍缺少：{fields}</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>No photo or screenshot to show.</source>
        <translation>没有可显示的照片或截图。</translation>
    </message>
    <message>
        <source>This picture could not be shown: {error}</source>
        <translation>无法显示这张图片：{error}</translation>
    </message>
    <message>
        <source>{n} / {total} · {name} · {w} × {h} · ←/→ previous/next, wheel zoom, 0 fit, Esc close</source>
        <translation>{n} / {total} · {name} · {w} × {h} · ←/→ 上一张/下一张，滚轮缩放，0 适应窗口，Esc 关闭</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time ({zone})</source>
        <translation>时间（{zone}）</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Entry hash</source>
        <translation>条目哈希</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first}和{last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Status: {old} → {new}</source>
        <translation>状态：{old} → {new}</translation>
    </message>
    <message>
        <source>{name}: {change}</source>
        <translation>{name}：{change}</translation>
    </message>
    <message>
        <source>{name} left out of the list and of dossiers</source>
        <translation>{name} 已从列表和材料中隐藏</translation>
    </message>
    <message>
        <source>{event} ({when})</source>
        <translation>{event}（{when}）</translation>
    </message>
    <message>
        <source>Deadline marked done</source>
        <translation>期限已标记为完成</translation>
    </message>
    <message>
        <source>Deadline reopened</source>
        <translation>期限已重新开启</translation>
    </message>
    <message>
        <source>Deadline moved to {when}</source>
        <translation>期限改为 {when}</translation>
    </message>
    <message>
        <source>{name} ({source}), SHA-256 {sha}…</source>
        <translation>{name}（{source}），SHA-256 {sha}…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>发现 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}, order {order}</source>
        <translation>{title}，订单 {order}</translation>
    </message>
    <message>
        <source>{fields} changed</source>
        <translation>{fields}已修改</translation>
    </message>
    <message>
        <source>all {count} files intact</source>
        <translation>全部 {count} 个文件完好</translation>
    </message>
    <message>
        <source>{count} exhibits</source>
        <translation>{count} 项证据</translation>
    </message>
    <message>
        <source>{label} at {offset} s</source>
        <translation>{label}（第 {offset} 秒）</translation>
    </message>
    <message>
        <source>{width} × {height}, {fps} fps, source {source}</source>
        <translation>{width} × {height}，{fps} 帧/秒，来源 {source}</translation>
    </message>
    <message>
        <source>{duration} s, {frames} frames ({dropped} dropped), SHA-256 {sha}…</source>
        <translation>{duration} 秒，{frames} 帧（丢帧 {dropped}），SHA-256 {sha}…</translation>
    </message>
    <message>
        <source>{elapsed} s written, SHA-256 so far {sha}…</source>
        <translation>已写入 {elapsed} 秒，当前 SHA-256 {sha}…</translation>
    </message>
    <message>
        <source>due {when}</source>
        <translation>截止 {when}</translation>
    </message>
    <message>
        <source>{template} dossier in {lang}</source>
        <translation>{template} 材料（{lang}）</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Verify now</source>
        <translation>立即校验</translation>
    </message>
    <message>
        <source>Every change to this case is recorded here, each entry sealed with the hash of the one before. Verify re-reads every stored file and checks the chain.</source>
        <translation>本案的每一次变更都记录在这里，每条记录都以前一条的哈希值封存。校验会重新读取每个已保存的文件并检查整条链。</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <source>✔ Verified: all {files} stored files are unchanged and the journal chain of {entries} entries is intact.</source>
        <translation>✔ 校验通过：全部 {files} 个已保存文件未被改动，{entries} 条日志组成的链条完整。</translation>
    </message>
    <message>
        <source>✘ Verification found {count} problem(s):</source>
        <translation>✘ 校验发现 {count} 个问题：</translation>
    </message>
    <message>
        <source>• {name} has been altered: its content no longer matches the hash recorded when it was added.</source>
        <translation>• {name} 已被改动：其内容与添加时记录的哈希值不再一致。</translation>
    </message>
    <message>
        <source>• {name} is missing from the store.</source>
        <translation>• {name} 已从证据库中丢失。</translation>
    </message>
    <message>
        <source>• {name}: the database no longer says what the journal recorded for it (its hash, size or kind was edited outside the app).</source>
        <translation>• {name}：数据库中的记录与日志所记载的不一致（其哈希值、大小或类型在本软件之外被修改）。</translation>
    </message>
    <message>
        <source>• {name}: the recording differs from the checkpoints journalled while it was filmed.</source>
        <translation>• {name}：该录像与拍摄时记入日志的校验点不一致。</translation>
    </message>
    <message>
        <source>• The journal is broken at entry {seq}.</source>
        <translation>• 日志在第 {seq} 条处断裂。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Taobao</source>
        <translation>淘宝</translation>
    </message>
    <message>
        <source>Tmall</source>
        <translation>天猫</translation>
    </message>
    <message>
        <source>JD.com</source>
        <translation>京东</translation>
    </message>
    <message>
        <source>Pinduoduo</source>
        <translation>拼多多</translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <source>AliExpress</source>
        <translation>速卖通 AliExpress</translation>
    </message>
    <message>
        <source>Other shop</source>
        <translation>其他店铺</translation>
    </message>
    <message>
        <source>Damaged or faulty item</source>
        <translation>商品破损或质量问题</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>与描述不符</translation>
    </message>
    <message>
        <source>Lost or late delivery</source>
        <translation>物流丢件或延误</translation>
    </message>
    <message>
        <source>Wrong item or quantity</source>
        <translation>错发或少发</translation>
    </message>
    <message>
        <source>Platform refunded, seller refuses</source>
        <translation>平台先行垫付，卖家拒不处理</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>其他问题</translation>
    </message>
    <message>
        <source>Refund only</source>
        <translation>仅退款</translation>
    </message>
    <message>
        <source>Return and refund</source>
        <translation>退货退款</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>赔偿</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级投诉</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>截图</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Unboxing video</source>
        <translation>开箱视频</translation>
    </message>
    <message>
        <source>Screen recording</source>
        <translation>录屏</translation>
    </message>
    <message>
        <source>Web page capture</source>
        <translation>网页取证</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Chat text</source>
        <translation>聊天文字</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>其他文件</translation>
    </message>
    <message>
        <source>All evidence</source>
        <translation>全部证据</translation>
    </message>
    <message>
        <source>Unboxing and videos</source>
        <translation>开箱和视频</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Chats and screenshots</source>
        <translation>聊天和截图</translation>
    </message>
    <message>
        <source>Documents and other</source>
        <translation>文档和其他</translation>
    </message>
    <message>
        <source>Imported file</source>
        <translation>导入的文件</translation>
    </message>
    <message>
        <source>Pasted from clipboard</source>
        <translation>从剪贴板粘贴</translation>
    </message>
    <message>
        <source>Dropped into the app</source>
        <translation>拖入应用</translation>
    </message>
    <message>
        <source>Recorded in the app</source>
        <translation>在应用中录制</translation>
    </message>
    <message>
        <source>From a phone</source>
        <translation>来自手机</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Captured from the web</source>
        <translation>从网页采集</translation>
    </message>
    <message>
        <source>Recovered (found without a case)</source>
        <translation>已找回（发现时不属于任何案件）</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>创建案件</translation>
    </message>
    <message>
        <source>Case edited</source>
        <translation>修改案件</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <source>Evidence edited</source>
        <translation>修改证据</translation>
    </message>
    <message>
        <source>Evidence hidden</source>
        <translation>隐藏证据</translation>
    </message>
    <message>
        <source>Note changed</source>
        <translation>修改备注</translation>
    </message>
    <message>
        <source>Exhibits reordered</source>
        <translation>调整证据顺序</translation>
    </message>
    <message>
        <source>Verification run</source>
        <translation>执行校验</translation>
    </message>
    <message>
        <source>Recording started</source>
        <translation>开始录像</translation>
    </message>
    <message>
        <source>Checklist step marked</source>
        <translation>标记清单步骤</translation>
    </message>
    <message>
        <source>Recording interrupted</source>
        <translation>录像中断</translation>
    </message>
    <message>
        <source>Recording finished</source>
        <translation>录像完成</translation>
    </message>
    <message>
        <source>Dossier exported</source>
        <translation>导出材料</translation>
    </message>
    <message>
        <source>Deadline added</source>
        <translation>添加期限</translation>
    </message>
    <message>
        <source>Deadline changed</source>
        <translation>修改期限</translation>
    </message>
    <message>
        <source>Deadline removed</source>
        <translation>删除期限</translation>
    </message>
    <message>
        <source>Dispute event</source>
        <translation>纠纷进展</translation>
    </message>
    <message>
        <source>Evidence tagged</source>
        <translation>标记证据</translation>
    </message>
    <message>
        <source>Text recognised</source>
        <translation>识别文字</translation>
    </message>
    <message>
        <source>Recording checkpoint</source>
        <translation>录像检查点</translation>
    </message>
    <message>
        <source>Recording failed</source>
        <translation>录像失败</translation>
    </message>
    <message>
        <source>Share copy made</source>
        <translation>生成分享副本</translation>
    </message>
    <message>
        <source>Trusted timestamp</source>
        <translation>可信时间戳</translation>
    </message>
    <message>
        <source>Clean-up at start</source>
        <translation>启动时清理</translation>
    </message>
    <message>
        <source>Damaged stored copy repaired</source>
        <translation>已修复损坏的存储副本</translation>
    </message>
    <message>
        <source>the file name claims another type than its content</source>
        <translation>文件扩展名与实际内容类型不符</translation>
    </message>
    <message>
        <source>may have been edited (an editing app is named in its metadata)</source>
        <translation>可能经过编辑（元数据中有修图软件名称）</translation>
    </message>
    <message>
        <source>re-encoded copy without camera metadata: the phone&apos;s original is stronger</source>
        <translation>经过重新压缩、缺少相机信息的副本：手机里的原图更有说服力</translation>
    </message>
    <message>
        <source>copy saved from a messaging app: the phone&apos;s original is stronger</source>
        <translation>从聊天软件保存的副本：手机里的原图更有说服力</translation>
    </message>
    <message>
        <source>nearly identical to another picture of this case</source>
        <translation>与本案另一张图片几乎相同</translation>
    </message>
    <message>
        <source>damaged metadata: capture time and camera are not reliable</source>
        <translation>元数据损坏：拍摄时间和设备信息不可靠</translation>
    </message>
    <message>
        <source>from the photo&apos;s metadata</source>
        <translation>来自照片元数据</translation>
    </message>
    <message>
        <source>from the photo&apos;s GPS clock</source>
        <translation>来自照片 GPS 时间</translation>
    </message>
    <message>
        <source>from the photo&apos;s metadata, time zone from its GPS clock</source>
        <translation>来自照片元数据，时区由 GPS 时钟推算</translation>
    </message>
    <message>
        <source>from the photo&apos;s metadata, time zone unknown</source>
        <translation>来自照片元数据，时区未知</translation>
    </message>
    <message>
        <source>from the photo&apos;s last-modified date (may be an edit)</source>
        <translation>来自照片的最后修改时间（可能是编辑时间）</translation>
    </message>
    <message>
        <source>creation date in the PDF</source>
        <translation>PDF 中的创建日期</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>time of receiving from the phone</source>
        <translation>从手机接收的时间</translation>
    </message>
    <message>
        <source>from the video file</source>
        <translation>来自视频文件</translation>
    </message>
    <message>
        <source>from the file name (agrees with the file date)</source>
        <translation>取自文件名（与文件日期相符）</translation>
    </message>
    <message>
        <source>file date only</source>
        <translation>仅文件日期</translation>
    </message>
    <message>
        <source>recorded in the app</source>
        <translation>在应用中录制</translation>
    </message>
    <message>
        <source>time the page was captured</source>
        <translation>网页采集时间</translation>
    </message>
    <message>
        <source>time of pasting</source>
        <translation>粘贴时间</translation>
    </message>
    <message>
        <source>The order (number, amount, date)</source>
        <translation>订单（订单号、金额、日期）</translation>
    </message>
    <message>
        <source>Chat with the seller</source>
        <translation>与商家的聊天</translation>
    </message>
    <message>
        <source>The seller&apos;s refusal</source>
        <translation>商家拒绝</translation>
    </message>
    <message>
        <source>The defect or damage</source>
        <translation>缺陷或损坏</translation>
    </message>
    <message>
        <source>The unboxing</source>
        <translation>开箱</translation>
    </message>
    <message>
        <source>The product page</source>
        <translation>商品页面</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>物流跟踪</translation>
    </message>
    <message>
        <source>Return waybill</source>
        <translation>退货运单</translation>
    </message>
    <message>
        <source>Platform&apos;s advance refund</source>
        <translation>平台先行赔付</translation>
    </message>
    <message>
        <source>Test report</source>
        <translation>检测报告</translation>
    </message>
    <message>
        <source>Wrong item received</source>
        <translation>收到错误商品</translation>
    </message>
    <message>
        <source>Platform decision</source>
        <translation>平台处理结果</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>未收到货</translation>
    </message>
    <message>
        <source>Buyer protection extended</source>
        <translation>买家保护期已延长</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>order date</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <source>amount paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>seller</source>
        <translation>商家</translation>
    </message>
    <message>
        <source>store ID</source>
        <translation>店铺 ID</translation>
    </message>
    <message>
        <source>seller&apos;s credit code</source>
        <translation>商家信用代码</translation>
    </message>
    <message>
        <source>seller&apos;s address</source>
        <translation>商家地址</translation>
    </message>
    <message>
        <source>waybill number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>delivery date</source>
        <translation>签收日期</translation>
    </message>
    <message>
        <source>what went wrong</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>what you ask for</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>seller&apos;s refusal</source>
        <translation>商家拒绝理由</translation>
    </message>
    <message>
        <source>facts</source>
        <translation>事实经过</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>拍摄清单</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>what it proves</source>
        <translation>证明内容</translation>
    </message>
    <message>
        <source>exhibit order</source>
        <translation>证据顺序</translation>
    </message>
    <message>
        <source>shown in the dossier</source>
        <translation>是否出现在材料中</translation>
    </message>
    <message>
        <source>time of adding</source>
        <translation>添加时间</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search title, order no., seller, waybill…</source>
        <translation>搜索标题、订单号、卖家、运单号…</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>全部案件</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>新建案件…</translation>
    </message>
    <message>
        <source>Select a case on the left, or create a new one.</source>
        <translation>请在左侧选择一个案件，或新建一个。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>录像</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>{n} file(s) found that belong to no case. They are kept safe; attach them to a case with “evidenceapp recover CASE --all”.</source>
        <translation>发现 {n} 个不属于任何案件的文件。它们已被妥善保存；可用“evidenceapp recover 案件 --all”将其加入案件。</translation>
    </message>
    <message>
        <source>The recorder is not part of this build yet. Film the unboxing with your phone in one continuous take and add the video in the Evidence tab.</source>
        <translation>此版本尚未包含录像功能。请用手机一镜到底拍摄开箱，再在“证据”页中添加视频。</translation>
    </message>
    <message>
        <source>Dossier export is not part of this build yet. Your evidence and its journal are kept safely in the meantime.</source>
        <translation>此版本尚未包含材料导出功能。在此期间，您的证据及其日志会被妥善保存。</translation>
    </message>
    <message>
        <source>evidenceapp — evidence for refund disputes</source>
        <translation>evidenceapp — 退款维权证据</translation>
    </message>
    <message>
        <source>{case} — {app}</source>
        <translation>{case} — {app}</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>新建案件(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Paste screenshot or chat</source>
        <translation>粘贴截图或聊天(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Record unboxing</source>
        <translation>录制开箱(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export dossier…</source>
        <translation>导出材料(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Verify now</source>
        <translation>立即校验(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>查找案件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Open a &amp;demo case</source>
        <translation>打开示例案件(&amp;D)</translation>
    </message>
    <message>
        <source>Receive from &amp;phone…</source>
        <translation>从手机接收(&amp;P)…</translation>
    </message>
    <message>
        <source>Verify a &amp;bundle…</source>
        <translation>校验证据包(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>报告问题(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Creating the demo case (filming a short unboxing)…</source>
        <translation>正在创建示例案件（录制一段简短的开箱视频）…</translation>
    </message>
    <message>
        <source>Finish the recording before changing the settings.</source>
        <translation>请先结束录像，再修改设置。</translation>
    </message>
    <message>
        <source>About evidenceapp</source>
        <translation>关于 evidenceapp</translation>
    </message>
    <message>
        <source>evidenceapp {version}: film the unboxing, keep the originals, export a dossier a reviewer can verify.</source>
        <translation>evidenceapp {version}：拍下开箱，保留原件，导出审核人员可以校验的材料。</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>One case per disputed order. You can fill in the other details later.</source>
        <translation>每个争议订单建一个案件。其他信息可以稍后填写。</translation>
    </message>
    <message>
        <source>e.g. Cracked mug from the flagship store</source>
        <translation>例如：旗舰店买的杯子有裂纹</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>案件标题</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Seller or store name</source>
        <translation>卖家或店铺名称</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>创建案件</translation>
    </message>
    <message>
        <source>Please enter a title and the order number.</source>
        <translation>请填写标题和订单号。</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>案件标题</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <source>Waybill number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>签收日期</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>卖家</translation>
    </message>
    <message>
        <source>Seller or store name</source>
        <translation>卖家或店铺名称</translation>
    </message>
    <message>
        <source>Store ID</source>
        <translation>店铺 ID</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>18 characters, if known</source>
        <translation>18 位，如知道请填写</translation>
    </message>
    <message>
        <source>Seller address</source>
        <translation>卖家地址</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>What you ask for</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What the seller said when refusing, word for word</source>
        <translation>卖家拒绝时的原话</translation>
    </message>
    <message>
        <source>Seller&apos;s refusal</source>
        <translation>卖家拒绝理由</translation>
    </message>
    <message>
        <source>What happened, in order, with dates</source>
        <translation>按时间顺序写明经过和日期</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>事实经过</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>Your dispute</source>
        <translation>维权进度</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Add event…</source>
        <translation>添加事件…</translation>
    </message>
    <message>
        <source>Add deadline…</source>
        <translation>添加期限…</translation>
    </message>
    <message>
        <source>Evidence still missing</source>
        <translation>仍缺少的证据</translation>
    </message>
    <message>
        <source>Times in {zone}</source>
        <translation>时间均为{zone}</translation>
    </message>
    <message>
        <source>Next step: {title}</source>
        <translation>下一步：{title}</translation>
    </message>
    <message numerus="yes">
        <source>Timeline (%n event(s))</source>
        <translation>
            <numerusform>时间线（%n 个事件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing recorded yet. Add each step as it happens (you asked for a refund, the seller refused, the platform decided…): the deadlines and the next step follow.</source>
        <translation>尚未记录任何事件。每一步发生时就添加（申请了退款、商家拒绝、平台作出处理……），期限和下一步会随之更新。</translation>
    </message>
    <message numerus="yes">
        <source>Deadlines (%n)</source>
        <translation>
            <numerusform>期限（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Suggested: {label} — {due}</source>
        <translation>建议：{label} — {due}</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>No deadline yet.</source>
        <translation>暂无期限。</translation>
    </message>
    <message numerus="yes">
        <source>Warning signs in the chat (%n)</source>
        <translation>
            <numerusform>聊天中的危险信号（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>The dossier answers:</source>
        <translation>材料中的答复：</translation>
    </message>
    <message>
        <source>Would strengthen it:</source>
        <translation>补充以下证据更有力：</translation>
    </message>
    <message numerus="yes">
        <source>{title} (%n)</source>
        <translation>
            <numerusform>{title}（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Answer to the seller</source>
        <translation>如何回应卖家</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>注意事项</translation>
    </message>
    <message>
        <source>Evidence ready: {percent} %</source>
        <translation>证据完备度：{percent}%</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>（可选）</translation>
    </message>
</context>
<context>
    <name>PhoneCameraDialog</name>
    <message>
        <source>Phone as camera</source>
        <translation>手机作为摄像头</translation>
    </message>
    <message>
        <source>Scan this code with the phone&apos;s camera app, open the page, accept the certificate warning if its fingerprint is the one below, then tap “Start the camera”. The recording starts when the first picture arrives.</source>
        <translation>用手机相机扫描此二维码并打开网页；如果证书指纹与下方一致，接受证书警告，然后点击“开始使用摄像头”。收到第一帧画面时开始录像。</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): {fp}</source>
        <translation>证书指纹（SHA-256）：{fp}</translation>
    </message>
    <message>
        <source>Waiting for the phone…</source>
        <translation>正在等待手机…</translation>
    </message>
</context>
<context>
    <name>ProgressHost</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReceivePhoneDialog</name>
    <message>
        <source>Receive from phone</source>
        <translation>从手机接收</translation>
    </message>
    <message>
        <source>The network address the phone connects to: the phone must be on the same Wi-Fi.</source>
        <translation>手机连接的网络地址：手机必须连接同一个 Wi-Fi。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>新链接</translation>
    </message>
    <message>
        <source>1. Connect the phone to the same Wi-Fi as this computer.
2. Scan the code with the phone&apos;s camera and open the link.
3. Pick photos and videos and send them. They appear here and in the case as they arrive, with the SHA-256 computed on arrival.</source>
        <translation>1. 让手机连接与这台电脑相同的 Wi-Fi。
2. 用手机相机扫描二维码并打开链接。
3. 选择照片和视频并发送。文件一到达就会显示在这里和案件中，并附上收到时计算的 SHA-256。</translation>
    </message>
    <message>
        <source>What arrives is exactly what the phone&apos;s browser sends: some phones convert HEIC photos to JPEG or compress videos on the way. Check the format and EXIF columns; if the capture metadata is missing, send the original from the phone&apos;s file manager or with a cable.</source>
        <translation>收到的就是手机浏览器发送的内容：有些手机会在发送时把 HEIC 照片转换成 JPEG，或压缩视频。请查看“格式”和“EXIF”两列；如果缺少拍摄元数据，请从手机的文件管理器发送原件，或用数据线传输。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>EXIF</source>
        <translation>EXIF</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Stop receiving and close</source>
        <translation>停止接收并关闭</translation>
    </message>
    <message>
        <source>The link has expired. Press “New link” to receive more files.</source>
        <translation>链接已过期。点击“新链接”以继续接收文件。</translation>
    </message>
    <message>
        <source>The link works for {minutes}:{seconds} more, and only while this window is open.</source>
        <translation>链接还可使用 {minutes}:{seconds}，且仅在此窗口打开期间有效。</translation>
    </message>
    <message>
        <source>(upload)</source>
        <translation>（上传）</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>正在接收…</translation>
    </message>
    <message>
        <source>Receiving… {mb} MB</source>
        <translation>正在接收… {mb} MB</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Already in the case</source>
        <translation>案件中已有</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>有</translation>
    </message>
    <message>
        <source>no</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No capture metadata arrived: the phone may have converted or re-saved the file.</source>
        <translation>没有收到拍摄元数据：手机可能转换或重新保存了该文件。</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>未收到</translation>
    </message>
    <message>
        <source>{count} file(s) received into this case.</source>
        <translation>此案件已从手机收到 {count} 个文件。</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Camera {n}</source>
        <translation>摄像头 {n}</translation>
    </message>
    <message>
        <source>Test pattern (no camera)</source>
        <translation>测试画面（无摄像头）</translation>
    </message>
    <message>
        <source>Video file as camera…</source>
        <translation>用视频文件代替摄像头…</translation>
    </message>
    <message>
        <source>● Start recording</source>
        <translation>● 开始录像</translation>
    </message>
    <message>
        <source>■ Stop and keep</source>
        <translation>■ 停止并保存</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Checklist — click each step as you show it (keys 1–9)</source>
        <translation>拍摄清单 — 拍到哪一步就点哪一步（按键 1–9）</translation>
    </message>
    <message>
        <source>Pause (marker)</source>
        <translation>暂停（标记）</translation>
    </message>
    <message>
        <source>This screen</source>
        <translation>本屏幕（录屏）</translation>
    </message>
    <message>
        <source>A window…</source>
        <translation>某个窗口…</translation>
    </message>
    <message>
        <source>Phone camera (QR code)</source>
        <translation>手机摄像头（扫码）</translation>
    </message>
    <message>
        <source>Network camera or phone app (address)…</source>
        <translation>网络摄像头或手机应用（地址）…</translation>
    </message>
    <message>
        <source>Show the account name or ID and the order page first, then scroll the chat from its very first message, the refusal and the logistics page. The clock and order number are added below the picture, never over it. Never type your password while recording.</source>
        <translation>先展示账号名称或ID和订单页面，再从第一条消息开始滚动聊天记录，然后是商家拒绝的内容和物流页面。时间和订单号加在画面下方，不会遮挡画面。录屏时切勿输入密码。</translation>
    </message>
    <message>
        <source>Keep filming in one continuous take: a pause is only a marker, never a cut. Show the label, all six sides and the seal before opening.</source>
        <translation>请一镜到底持续拍摄：暂停只是一个标记，不会断开视频。开箱前先拍面单、包裹六面和封条。</translation>
    </message>
    <message>
        <source>Buttons and checklist in {ui}; the clock, order number and step names burned into the video are in {video}, the language of this case&apos;s dossier.</source>
        <translation>按钮和清单使用{ui}；烧录进视频的时间、订单号和步骤名称使用{video}，即本案件材料的语言。</translation>
    </message>
    <message>
        <source>Recording: click “Stop and keep” to end the take.</source>
        <translation>正在录像：点击“停止并保存”结束本段录像。</translation>
    </message>
    <message>
        <source>Video to use as the camera</source>
        <translation>选择代替摄像头的视频</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.mkv *.webm)</source>
        <translation>视频 (*.mp4 *.mov *.mkv *.webm)</translation>
    </message>
    <message>
        <source>Record a window</source>
        <translation>录制窗口</translation>
    </message>
    <message>
        <source>Window to record:</source>
        <translation>要录制的窗口：</translation>
    </message>
    <message>
        <source>Title of the window to record (or part of it):</source>
        <translation>要录制的窗口标题（或其中一部分）：</translation>
    </message>
    <message>
        <source>The camera is not allowed for this app: allow it in the system&apos;s privacy settings, then start again.</source>
        <translation>此应用未获准使用摄像头：请在系统的隐私设置中允许，然后重新开始。</translation>
    </message>
    <message>
        <source>Starting the screen recording…</source>
        <translation>正在开始录屏…</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>正在启动摄像头…</translation>
    </message>
    <message>
        <source>Network camera</source>
        <translation>网络摄像头</translation>
    </message>
    <message>
        <source>Address of the video stream, as the camera or the phone app shows it (rtsp://… or http://…/video):</source>
        <translation>视频流地址（摄像头或手机应用显示的地址，rtsp://… 或 http://…/video）：</translation>
    </message>
    <message>
        <source>Waiting for the phone&apos;s camera…</source>
        <translation>正在等待手机摄像头…</translation>
    </message>
    <message>
        <source>Saved “{name}”: {duration} s with {marks} checklist markers. It is in the Evidence tab.</source>
        <translation>已保存“{name}”：时长 {duration} 秒，含 {marks} 个清单标记。可在“证据”页查看。</translation>
    </message>
    <message>
        <source>Saving the recording…</source>
        <translation>正在保存录像…</translation>
    </message>
    <message>
        <source>{frames} frames · {dropped} dropped</source>
        <translation>{frames} 帧 · 丢帧 {dropped}</translation>
    </message>
    <message>
        <source>The recording stopped by itself; saving what was recorded.</source>
        <translation>录像自行停止；正在保存已录制的内容。</translation>
    </message>
    <message>
        <source>Resume (marker)</source>
        <translation>继续（标记）</translation>
    </message>
    <message>
        <source>● RECORDING</source>
        <translation>● 正在录像</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Not recording</source>
        <translation>未在录像</translation>
    </message>
    <message>
        <source>Press Start: the preview shows exactly what is written to the video, with the clock and order number burned in.</source>
        <translation>点击“开始录像”：预览画面与写入视频的画面完全一致，带有时间和订单号水印。</translation>
    </message>
</context>
<context>
    <name>ReportProblemDialog</name>
    <message>
        <source>Report a problem</source>
        <translation>报告问题</translation>
    </message>
    <message>
        <source>This makes a zip file of the app&apos;s log files and its version, for you to send with a short description of what happened.

It contains only the logs: none of your photos, videos, chat screenshots or case details.</source>
        <translation>这会把本应用的日志文件和版本信息打包成一个 zip 文件，供您连同问题的简短描述一起发送。

其中只有日志：不含您的任何照片、视频、聊天截图或案件信息。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>保存到</translation>
    </message>
    <message>
        <source>Create the report</source>
        <translation>生成报告</translation>
    </message>
    <message>
        <source>Save the report in</source>
        <translation>报告保存位置</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
    <message>
        <source>The report could not be saved in {folder}: {reason}</source>
        <translation>无法将报告保存到 {folder}：{reason}</translation>
    </message>
    <message>
        <source>Creating the problem report…</source>
        <translation>正在生成问题报告…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Recording size</source>
        <translation>录像分辨率</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> 帧/秒</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>帧率</translation>
    </message>
    <message>
        <source>Timestamp server (TSA) URL</source>
        <translation>时间戳服务器（TSA）地址</translation>
    </message>
    <message>
        <source>Optional. An RFC 3161 time-stamping service that certifies when a dossier was exported.</source>
        <translation>可选。用于证明材料导出时间的 RFC 3161 可信时间戳服务。</translation>
    </message>
    <message>
        <source>A certificate is set; choose a file to replace it</source>
        <translation>已设置证书；选择文件可替换</translation>
    </message>
    <message>
        <source>PEM file of the TSA&apos;s CA certificate</source>
        <translation>时间戳服务 CA 证书的 PEM 文件</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>TSA CA certificate</source>
        <translation>时间戳服务 CA 证书</translation>
    </message>
    <message>
        <source>Signing key fingerprint</source>
        <translation>签名密钥指纹</translation>
    </message>
    <message>
        <source>This computer&apos;s Ed25519 key signs every export; the same fingerprint is printed in each dossier.</source>
        <translation>本机的 Ed25519 密钥为每次导出签名；每份材料中都印有相同的指纹。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Used as the complainant&apos;s details in dossiers (e.g. a 12315 complaint). Stored only on this computer.</source>
        <translation>在材料中作为投诉人信息使用（例如 12315 投诉）。只保存在本机。</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>我的信息</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>默认导出文件夹</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>VerifyBundleDialog</name>
    <message>
        <source>Files in the bundle</source>
        <translation>证据包中的文件</translation>
    </message>
    <message>
        <source>Exhibits against the journal</source>
        <translation>证据与日志核对</translation>
    </message>
    <message>
        <source>File checksums (SHA256SUMS)</source>
        <translation>文件校验和（SHA256SUMS）</translation>
    </message>
    <message>
        <source>Signed manifest</source>
        <translation>已签名清单</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Custody journal chain</source>
        <translation>保管日志链</translation>
    </message>
    <message>
        <source>Trusted timestamp</source>
        <translation>可信时间戳</translation>
    </message>
    <message>
        <source>PDF signature</source>
        <translation>PDF 签名</translation>
    </message>
    <message>
        <source>Verify a bundle</source>
        <translation>校验证据包</translation>
    </message>
    <message>
        <source>Checks an exported bundle (.zip) on its own, as a reviewer would: every file against SHA256SUMS, the custody journal&apos;s chain, the signatures and the trusted timestamp. Nothing in your cases is read or changed.</source>
        <translation>像审核人员一样单独校验一个导出的证据包（.zip）：每个文件与 SHA256SUMS 比对、保管日志链、签名和可信时间戳。不会读取或改动您的任何案件。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>证据包</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Choose a bundle</source>
        <translation>选择证据包</translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation>证据包 (*.zip)</translation>
    </message>
    <message>
        <source>Choose the bundle&apos;s .zip file first.</source>
        <translation>请先选择证据包的 .zip 文件。</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <source>Verifying the bundle…</source>
        <translation>正在校验证据包…</translation>
    </message>
    <message>
        <source>✔ passed</source>
        <translation>✔ 通过</translation>
    </message>
    <message>
        <source>✘ FAILED</source>
        <translation>✘ 未通过</translation>
    </message>
    <message>
        <source>– not checked</source>
        <translation>– 未检查</translation>
    </message>
    <message>
        <source>✔ The bundle is intact: {passed} check(s) passed.</source>
        <translation>✔ 证据包完好：{passed} 项检查通过。</translation>
    </message>
    <message>
        <source>{count} could not be made (see the list).</source>
        <translation>{count} 项无法检查（见列表）。</translation>
    </message>
    <message>
        <source>✘ The bundle failed {count} check(s):</source>
        <translation>✘ 证据包有 {count} 项检查未通过：</translation>
    </message>
    <message>
        <source>• {check}: {part}</source>
        <translation>• {check}：{part}</translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <source>Checklist markers</source>
        <translation>清单标记</translation>
    </message>
</context>
</TS>
