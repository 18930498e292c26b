<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Attract</name>
    <message>
        <location filename="../screens/attract.py" line="38" />
        <source>Public Legal Services</source>
        <translation>公共法律服务</translation>
    </message>
    <message>
        <location filename="../screens/attract.py" line="40" />
        <source>Legal help for everyone, any time</source>
        <translation>法律帮助，随时为您服务</translation>
    </message>
    <message>
        <location filename="../screens/attract.py" line="43" />
        <source>Legal questions, legal aid, documents, notarisation and mediation</source>
        <translation>法律咨询 · 法律援助 · 文书服务 · 公证 · 调解</translation>
    </message>
    <message>
        <location filename="../screens/attract.py" line="48" />
        <source>Touch here to start</source>
        <translation>点击这里开始</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <location filename="../screens/home.py" line="56" />
        <source>How can we help you?</source>
        <translation>请问您要办理什么业务？</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="57" />
        <source>Touch a service to begin</source>
        <translation>请点击下方的服务</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="63" />
        <source>Finish and clear my information</source>
        <translation>结束并清除我的信息</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <location filename="../screens/idle_warning.py" line="62" />
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <location filename="../screens/idle_warning.py" line="65" />
        <source>To protect your privacy, your information will be cleared in %1 seconds.</source>
        <translation>为保护您的隐私，您的信息将在 %1 秒后清除。</translation>
    </message>
    <message>
        <location filename="../screens/idle_warning.py" line="68" />
        <source>Continue</source>
        <translation>继续办理</translation>
    </message>
    <message>
        <location filename="../screens/idle_warning.py" line="69" />
        <source>Finish now</source>
        <translation>现在结束</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <location filename="../screens/service.py" line="48" />
        <source>This service is not yet available on this terminal.</source>
        <translation>本终端暂未开通此项服务。</translation>
    </message>
    <message>
        <location filename="../screens/service.py" line="53" />
        <source>For help now, call the 12348 public legal service hotline.</source>
        <translation>如需帮助，请拨打 12348 公共法律服务热线。</translation>
    </message>
    <message>
        <location filename="../screens/service.py" line="57" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <location filename="../flows/services.py" line="20" />
        <source>Legal consultation</source>
        <translation>法律咨询</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="21" />
        <source>Ask a legal question and hear the answer</source>
        <translation>提出法律问题，听取解答</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="25" />
        <source>Legal aid application</source>
        <translation>法律援助申请</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="26" />
        <source>Apply for free legal help</source>
        <translation>申请免费法律帮助</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="30" />
        <source>Document self-service</source>
        <translation>法律文书自助</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="31" />
        <source>Fill in and print legal documents</source>
        <translation>填写并打印法律文书</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="35" />
        <source>Notarisation and mediation</source>
        <translation>公证与调解</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="36" />
        <source>Book an appointment or a video session</source>
        <translation>预约办理或视频办理</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="40" />
        <source>Progress query</source>
        <translation>办理进度查询</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="41" />
        <source>See how your application is going</source>
        <translation>查询您的申请办理情况</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="45" />
        <source>12348 legal hotline</source>
        <translation>12348 法律服务热线</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="46" />
        <source>Call or ask the hotline to call you back</source>
        <translation>拨打热线或预约回电</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../screens/status_strip.py" line="16" />
        <source>Connecting to the service centre…</source>
        <translation>正在连接服务中心…</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="17" />
        <source>Connected to the service centre</source>
        <translation>已连接服务中心</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="18" />
        <source>Service centre unreachable: what you submit is kept and sent later</source>
        <translation>暂时无法连接服务中心：您提交的内容会保存并稍后发送</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="21" />
        <source>Terminal not enrolled: call a technician</source>
        <translation>终端尚未注册：请联系技术人员</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="22" />
        <source>Terminal not accepted: call a technician</source>
        <translation>终端未被接受：请联系技术人员</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="26" />
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="27" />
        <source>ID card reader</source>
        <translation>身份证阅读器</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="28" />
        <source>Document scanner</source>
        <translation>证件扫描</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="29" />
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="30" />
        <source>Voice</source>
        <translation>语音</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="40" />
        <source>Loudspeaker</source>
        <translation>扬声器</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="41" />
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="88" />
        <source>All devices ready</source>
        <translation>设备全部正常</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="91" />
        <source>Not available: %1</source>
        <translation>暂不可用：%1</translation>
    </message>
</context>
</TS>