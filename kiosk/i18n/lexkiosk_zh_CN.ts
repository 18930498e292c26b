<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Appointments</name>
    <message>
        <source>Mediation by video now</source>
        <translation>现在视频调解</translation>
    </message>
    <message>
        <location filename="../controllers/booking.py" line="19"/>
        <source>Printed. Please take the paper from the printer.</source>
        <translation>已打印。请从打印机取走纸张。</translation>
    </message>
    <message>
        <location filename="../flows/appointments.py" line="23"/>
        <source>Notarisation</source>
        <translation>公证</translation>
    </message>
    <message>
        <location filename="../flows/appointments.py" line="24"/>
        <source>Mediation</source>
        <translation>调解</translation>
    </message>
    <message>
        <location filename="../flows/appointments.py" line="27"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../flows/appointments.py" line="28"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../flows/appointments.py" line="29"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../flows/appointments.py" line="30"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../flows/appointments.py" line="31"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../flows/appointments.py" line="32"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../flows/appointments.py" line="33"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../flows/appointments.py" line="45"/>
        <source>This terminal cannot reach the service centre right now, so appointments cannot be booked here. Call 12348 to book by phone, or ask the hotline to call you back.</source>
        <translation>本机暂时无法连接服务中心，不能在这里预约。请拨打 12348 电话预约，或请热线给您回电。</translation>
    </message>
    <message>
        <location filename="../flows/appointments.py" line="50"/>
        <source>Someone has just booked that time. Here are the times still free: please choose another.</source>
        <translation>这个时间刚被别人预约了。下面是仍然空闲的时间，请另选一个。</translation>
    </message>
    <message>
        <location filename="../flows/appointments.py" line="54"/>
        <source>The appointment could not be booked just now. Please call 12348.</source>
        <translation>暂时无法预约。请拨打 12348。</translation>
    </message>
    <message>
        <location filename="../screens/booking.py" line="147"/>
        <source>Book a notarisation or mediation appointment</source>
        <translation>预约公证或调解</translation>
    </message>
    <message>
        <location filename="../screens/booking.py" line="157"/>
        <source>Looking for free times…</source>
        <translation>正在查找空闲时间…</translation>
    </message>
    <message>
        <location filename="../screens/booking.py" line="159"/>
        <source>Choose a free time:</source>
        <translation>请选择一个空闲时间：</translation>
    </message>
    <message>
        <location filename="../screens/booking.py" line="163"/>
        <source>No free times in the next days. Please call 12348.</source>
        <translation>近几天没有空闲时间。请拨打 12348。</translation>
    </message>
    <message>
        <location filename="../screens/booking.py" line="181"/>
        <source>Ask the 12348 hotline to call me back</source>
        <translation>请 12348 热线给我回电</translation>
    </message>
    <message>
        <location filename="../screens/booking.py" line="186"/>
        <source>Your phone number (for a reminder):</source>
        <translation>您的电话号码（用于提醒）：</translation>
    </message>
    <message>
        <location filename="../screens/booking.py" line="187"/>
        <source>Your phone number</source>
        <translation>您的电话号码</translation>
    </message>
    <message>
        <location filename="../screens/booking.py" line="189"/>
        <source>Booking…</source>
        <translation>正在预约…</translation>
    </message>
    <message>
        <location filename="../screens/booking.py" line="191"/>
        <source>Book this time</source>
        <translation>预约这个时间</translation>
    </message>
    <message>
        <location filename="../screens/booking.py" line="195"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../screens/booking.py" line="204"/>
        <source>Office hours:</source>
        <translation>办公时间：</translation>
    </message>
    <message>
        <location filename="../screens/booking_done.py" line="70"/>
        <source>Your appointment is booked</source>
        <translation>预约成功</translation>
    </message>
    <message>
        <location filename="../screens/booking_done.py" line="74"/>
        <source>Appointment number: %1</source>
        <translation>预约编号：%1</translation>
    </message>
    <message>
        <location filename="../screens/booking_done.py" line="79"/>
        <source>Please bring your ID card and come ten minutes early.</source>
        <translation>请带上身份证，提前十分钟到达。</translation>
    </message>
    <message>
        <location filename="../screens/booking_done.py" line="83"/>
        <source>Print it</source>
        <translation>打印预约单</translation>
    </message>
    <message>
        <location filename="../screens/booking_done.py" line="84"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Video call with a notary now</source>
        <translation>现在与公证员视频通话</translation>
    </message>
    <message>
        <source>I have a video appointment now</source>
        <translation>我已预约视频办理，现在签到</translation>
    </message>
</context>
<context>
    <name>Attract</name>
    <message>
        <location filename="../screens/attract.py" line="77"/>
        <source>Public Legal Services</source>
        <translation>公共法律服务</translation>
    </message>
    <message>
        <location filename="../screens/attract.py" line="79"/>
        <source>Legal help for everyone, any time</source>
        <translation>法律帮助，随时为您服务</translation>
    </message>
    <message>
        <location filename="../screens/attract.py" line="82"/>
        <source>Legal questions, legal aid, documents, notarisation and mediation</source>
        <translation>法律咨询 · 法律援助 · 文书服务 · 公证 · 调解</translation>
    </message>
    <message>
        <location filename="../screens/attract.py" line="87"/>
        <source>Touch here to start</source>
        <translation>点击这里开始</translation>
    </message>
    <message>
        <location filename="../screens/attract.py" line="87"/>
        <source>Press OK to start</source>
        <translation>按“确定”键开始</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>Please check the appointment number on your booking paper: a character is wrong.</source>
        <translation>请核对预约单上的预约号：有一个字符不对。</translation>
    </message>
    <message>
        <source>No appointment with this number was booked at this terminal. Please check the number, or book a time.</source>
        <translation>本终端没有这个号码的预约。请核对号码，或者预约时间。</translation>
    </message>
    <message>
        <source>Your appointment is at %1 with %2. You can check in from half an hour before. Please come back then, book another time, or ask for a call-back.</source>
        <translation>您的预约时间是%1，在%2。预约前半小时起可以签到。请到时再来，或者另约时间，或者请我们给您回电。</translation>
    </message>
    <message>
        <source>Your appointment at %1 with %2 is over. Please book another time, or ask for a call-back.</source>
        <translation>您%1在%2的预约已经结束。请另约时间，或者请我们给您回电。</translation>
    </message>
    <message>
        <source>Your appointment at %1 with %2 is a mediation, held at the office, not by video.</source>
        <translation>您%1在%2的预约是调解，在办公地点进行，不通过视频。</translation>
    </message>
    <message>
        <source>This terminal cannot reach the service centre right now. Please call 12348, or ask for a call-back.</source>
        <translation>本终端现在连不上服务中心。请拨打12348，或者请我们给您回电。</translation>
    </message>
    <message>
        <source>The check-in did not work just now. Please call 12348.</source>
        <translation>现在无法签到。请拨打12348。</translation>
    </message>
    <message>
        <source>Check in for your video appointment</source>
        <translation>视频预约签到</translation>
    </message>
    <message>
        <source>Type the appointment number from your booking paper:</source>
        <translation>请输入预约单上的预约号：</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Book another time</source>
        <translation>另约时间</translation>
    </message>
    <message>
        <source>Ask for a call-back</source>
        <translation>请给我回电</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../screens/consent.py" line="41"/>
        <source>Before we read your documents</source>
        <translation>读取您的证件之前，请您知悉</translation>
    </message>
    <message>
        <location filename="../screens/consent.py" line="43"/>
        <source>We will read your name, ID number, sex, date of birth and address from your ID card or passport, or the ID number you type in.</source>
        <translation>我们将从您的身份证或护照读取姓名、身份证号码、性别、出生日期和住址，或使用您输入的身份证号码。</translation>
    </message>
    <message>
        <location filename="../screens/consent.py" line="50"/>
        <source>We use them only to handle your request and send it to the legal service centre. Nothing is kept on this terminal after you finish.</source>
        <translation>这些信息仅用于办理您的业务并发送给公共法律服务中心。办理结束后，本机不保留您的任何信息。</translation>
    </message>
    <message>
        <location filename="../screens/consent.py" line="57"/>
        <source>This follows the Personal Information Protection Law. You may go back without giving any information.</source>
        <translation>本服务遵守《个人信息保护法》。您可以返回，不提供任何信息。</translation>
    </message>
    <message>
        <location filename="../screens/consent.py" line="63"/>
        <source>I agree</source>
        <translation>我同意</translation>
    </message>
    <message>
        <location filename="../screens/consent.py" line="64"/>
        <source>Go back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>Consultation</name>
    <message>
        <location filename="../flows/consultation.py" line="18"/>
        <source>Wages and work</source>
        <translation>工资与劳动</translation>
    </message>
    <message>
        <location filename="../flows/consultation.py" line="19"/>
        <source>Marriage and family</source>
        <translation>婚姻家庭</translation>
    </message>
    <message>
        <location filename="../flows/consultation.py" line="20"/>
        <source>Neighbours</source>
        <translation>邻里纠纷</translation>
    </message>
    <message>
        <location filename="../flows/consultation.py" line="21"/>
        <source>Traffic accidents</source>
        <translation>交通事故</translation>
    </message>
    <message>
        <location filename="../flows/consultation.py" line="22"/>
        <source>Loans and debts</source>
        <translation>借款欠债</translation>
    </message>
    <message>
        <location filename="../flows/consultation.py" line="23"/>
        <source>Land contracts</source>
        <translation>土地承包</translation>
    </message>
    <message>
        <location filename="../flows/consultation.py" line="24"/>
        <source>Legal aid</source>
        <translation>法律援助</translation>
    </message>
    <message>
        <location filename="../flows/consultation.py" line="25"/>
        <source>Other questions</source>
        <translation>其他问题</translation>
    </message>
    <message>
        <location filename="../flows/consultation.py" line="27"/>
        <source>No answer was found for these words. Try other words, choose a topic, or call 12348.</source>
        <translation>没有找到相关解答。请换个说法，选择一个主题，或拨打 12348。</translation>
    </message>
    <message>
        <location filename="../flows/consultation.py" line="31"/>
        <source>The answers are not on this terminal yet. Please call 12348, or ask a lawyer to call you back.</source>
        <translation>本机还没有法律问答资料。请拨打 12348，或请律师给您回电。</translation>
    </message>
    <message>
        <location filename="../flows/consultation.py" line="36"/>
        <source>Please type a few words about your question, for example 工资.</source>
        <translation>请输入几个关于您问题的词，例如：工资。</translation>
    </message>
    <message>
        <location filename="../screens/answer.py" line="81"/>
        <source>Read it to me</source>
        <translation>读给我听</translation>
    </message>
    <message>
        <location filename="../screens/answer.py" line="82"/>
        <source>Ask a lawyer</source>
        <translation>找律师咨询</translation>
    </message>
    <message>
        <location filename="../screens/answer.py" line="83"/>
        <location filename="../screens/consult.py" line="138"/>
        <location filename="../screens/lawyer.py" line="114"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../screens/answer.py" line="84"/>
        <location filename="../screens/lawyer.py" line="115"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../screens/consult.py" line="114"/>
        <source>Ask a legal question</source>
        <translation>法律咨询</translation>
    </message>
    <message>
        <location filename="../screens/consult.py" line="116"/>
        <source>Type a few words, e.g. 工资 (pinyin: gongzi)</source>
        <translation>输入几个词，例如：工资（拼音 gongzi）</translation>
    </message>
    <message>
        <location filename="../screens/consult.py" line="118"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../screens/consult.py" line="119"/>
        <source>Or choose a topic:</source>
        <translation>或选择一个主题：</translation>
    </message>
    <message>
        <location filename="../screens/consult.py" line="129"/>
        <source>Searching…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <location filename="../screens/consult.py" line="131"/>
        <source>Touch a question to read its answer:</source>
        <translation>点一个问题，查看解答：</translation>
    </message>
    <message>
        <location filename="../screens/lawyer.py" line="88"/>
        <source>Talk to a lawyer</source>
        <translation>找律师咨询</translation>
    </message>
    <message>
        <location filename="../screens/lawyer.py" line="90"/>
        <source>Leave your phone number and a lawyer will call you back:</source>
        <translation>留下您的电话号码，律师会给您回电：</translation>
    </message>
    <message>
        <location filename="../screens/lawyer.py" line="92"/>
        <source>Your phone number</source>
        <translation>您的电话号码</translation>
    </message>
    <message>
        <location filename="../screens/lawyer.py" line="93"/>
        <source>Call me back</source>
        <translation>请给我回电</translation>
    </message>
    <message>
        <location filename="../screens/lawyer.py" line="98"/>
        <source>Request received (number %1). A lawyer will call you soon.</source>
        <translation>已收到您的请求（编号 %1）。律师会尽快给您回电。</translation>
    </message>
    <message>
        <location filename="../screens/lawyer.py" line="106"/>
        <source>Video call with a lawyer</source>
        <translation>与律师视频通话</translation>
    </message>
    <message>
        <source>Leave your phone number first; then you can also talk to a lawyer by video now.</source>
        <translation>请先留下电话号码，然后也可以现在与律师视频通话。</translation>
    </message>
    <message>
        <location filename="../screens/consult.py" line="131"/>
        <source>Choose a question with the arrow keys and press OK to read it:</source>
        <translation>用方向键选一个问题，按“确定”键查看解答：</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../journeys.py" line="56"/>
        <source>The ID card reader is not working right now. You can type your ID number or scan your passport instead.</source>
        <translation>身份证读卡器暂时无法使用。您可以输入身份证号码，或扫描护照。</translation>
    </message>
    <message>
        <location filename="../journeys.py" line="61"/>
        <source>The card could not be read. Take it off, place it again and hold it still, or type your ID number.</source>
        <translation>未能读取证件。请拿起后重新放好，保持不动；或输入身份证号码。</translation>
    </message>
    <message>
        <location filename="../journeys.py" line="66"/>
        <source>Hold the photo page of your passport under the scanner…</source>
        <translation>请将护照照片页放在扫描区下方……</translation>
    </message>
    <message>
        <location filename="../journeys.py" line="70"/>
        <source>Your application could not be stored on this terminal. Nothing was sent. Please call 12348 or try again later.</source>
        <translation>您的申请未能保存在本机，也没有发出。请拨打 12348 或稍后再试。</translation>
    </message>
    <message>
        <location filename="../journeys.py" line="75"/>
        <source>The passport could not be read. Try again with the photo page flat and still, or type your ID number.</source>
        <translation>未能读取护照。请将照片页放平、保持不动后重试，或输入身份证号码。</translation>
    </message>
    <message>
        <location filename="../receipts.py" line="25"/>
        <source>The printer is out of paper.</source>
        <translation>打印机缺纸。</translation>
    </message>
    <message>
        <location filename="../receipts.py" line="26"/>
        <source>The printer is not working right now.</source>
        <translation>打印机暂时无法使用。</translation>
    </message>
    <message>
        <location filename="../receipts.py" line="27"/>
        <source>The receipt could not be printed.</source>
        <translation>回执未能打印。</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../controllers/documents.py" line="26"/>
        <source>Printed. Please take your document from the printer below the screen.</source>
        <translation>已打印。请从屏幕下方的打印机取走您的文书。</translation>
    </message>
    <message>
        <location filename="../controllers/documents.py" line="29"/>
        <source>The document could not be prepared. Please check the fields and try again.</source>
        <translation>文书生成失败。请检查填写的内容后再试。</translation>
    </message>
    <message>
        <location filename="../flows/documents.py" line="20"/>
        <source>The document forms are not on this terminal yet. Please call 12348 or ask at the service hall.</source>
        <translation>本机还没有文书模板。请拨打 12348，或到服务大厅咨询。</translation>
    </message>
    <message>
        <location filename="../flows/documents.py" line="25"/>
        <source>Please check the phone number: %1</source>
        <translation>请核对电话号码：%1</translation>
    </message>
    <message>
        <location filename="../flows/documents.py" line="26"/>
        <source>Please fill in: %1</source>
        <translation>请填写：%1</translation>
    </message>
    <message>
        <location filename="../screens/doc_fill.py" line="93"/>
        <source> (optional)</source>
        <translation>（可不填）</translation>
    </message>
    <message>
        <location filename="../screens/doc_fill.py" line="149"/>
        <source>Fill in the fields with the keyboard below. What your ID card says is already filled in.</source>
        <translation>请用下方键盘填写。身份证上的信息已经自动填好。</translation>
    </message>
    <message>
        <location filename="../screens/doc_fill.py" line="159"/>
        <source>See how it will print</source>
        <translation>预览打印效果</translation>
    </message>
    <message>
        <location filename="../screens/doc_fill.py" line="161"/>
        <location filename="../screens/docs.py" line="70"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../screens/doc_preview.py" line="97"/>
        <source>This is how your document will print</source>
        <translation>文书打印效果如下</translation>
    </message>
    <message>
        <location filename="../screens/doc_preview.py" line="100"/>
        <source>Preparing the preview…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message>
        <location filename="../screens/doc_preview.py" line="102"/>
        <source>Printing… please wait.</source>
        <translation>正在打印，请稍候。</translation>
    </message>
    <message>
        <location filename="../screens/doc_preview.py" line="106"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../screens/doc_preview.py" line="109"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../screens/doc_preview.py" line="111"/>
        <source>Change something</source>
        <translation>返回修改</translation>
    </message>
    <message>
        <location filename="../screens/docs.py" line="61"/>
        <source>Fill in and print a document</source>
        <translation>填写并打印文书</translation>
    </message>
    <message>
        <location filename="../screens/docs.py" line="62"/>
        <source>Touch the document you need:</source>
        <translation>请点选您需要的文书：</translation>
    </message>
    <message>
        <location filename="../screens/docs.py" line="62"/>
        <source>Choose the document you need with the arrow keys and OK:</source>
        <translation>请用方向键选择您需要的文书，再按“确定”键：</translation>
    </message>
</context>
<context>
    <name>EndSession</name>
    <message>
        <location filename="../screens/end_session.py" line="39"/>
        <source>End your session?</source>
        <translation>结束本次办理吗？</translation>
    </message>
    <message>
        <location filename="../screens/end_session.py" line="42"/>
        <source>Your information will be cleared from this terminal.</source>
        <translation>您的信息将从本机清除。</translation>
    </message>
    <message>
        <location filename="../screens/end_session.py" line="45"/>
        <source>Yes, finish</source>
        <translation>是，结束</translation>
    </message>
    <message>
        <location filename="../screens/end_session.py" line="46"/>
        <source>No, go back</source>
        <translation>否，返回</translation>
    </message>
</context>
<context>
    <name>FaceCheck</name>
    <message>
        <location filename="../flows/face_check.py" line="27"/>
        <source>Your face matches the photo. Thank you.</source>
        <translation>您的人脸与照片一致。谢谢。</translation>
    </message>
    <message>
        <location filename="../flows/face_check.py" line="28"/>
        <source>Your face does not match the photo. Take off glasses or a hat, look straight at the camera and try again.</source>
        <translation>您的人脸与照片不一致。请摘下眼镜或帽子，正对摄像头，再试一次。</translation>
    </message>
    <message>
        <location filename="../flows/face_check.py" line="33"/>
        <source>No face was seen. Stand in front of the screen, look at the camera and try again.</source>
        <translation>没有看到人脸。请站在屏幕正前方，看着摄像头，再试一次。</translation>
    </message>
    <message>
        <location filename="../flows/face_check.py" line="37"/>
        <source>The camera is not working right now. You can continue without a face check.</source>
        <translation>摄像头暂时无法使用。您可以不做人脸核验，继续办理。</translation>
    </message>
    <message>
        <location filename="../flows/face_check.py" line="41"/>
        <source>The photo on your document could not be read, so your face is not checked. You can continue.</source>
        <translation>证件上的照片无法读取，因此不做人脸核验。您可以继续办理。</translation>
    </message>
    <message>
        <location filename="../flows/face_check.py" line="45"/>
        <source>The face check did not succeed. You can continue; staff will check your identity.</source>
        <translation>人脸核验未通过。您可以继续办理，工作人员会再核实您的身份。</translation>
    </message>
    <message>
        <location filename="../screens/face_check.py" line="95"/>
        <source>Face check</source>
        <translation>人脸核验</translation>
    </message>
    <message>
        <location filename="../screens/face_check.py" line="98"/>
        <source>Look at the camera above the screen. We compare your face with the photo on your ID card.</source>
        <translation>请看屏幕上方的摄像头。我们将您的人脸与身份证上的照片比对。</translation>
    </message>
    <message>
        <location filename="../screens/face_check.py" line="104"/>
        <source>Look at the camera above the screen. We compare your face with the photo in your passport.</source>
        <translation>请看屏幕上方的摄像头。我们将您的人脸与护照上的照片比对。</translation>
    </message>
    <message>
        <location filename="../screens/face_check.py" line="112"/>
        <source>The face check is your choice. The camera picture is compared on this terminal only and is not kept or sent.</source>
        <translation>是否核验人脸由您决定。摄像头画面只在本机比对，不会保存，也不会发送。</translation>
    </message>
    <message>
        <location filename="../screens/face_check.py" line="119"/>
        <source>Checking, please keep looking at the camera…</source>
        <translation>正在核验，请继续看着摄像头…</translation>
    </message>
    <message>
        <location filename="../screens/face_check.py" line="121"/>
        <source>When you are ready, touch “Check my face”.</source>
        <translation>准备好后，请点击“核验人脸”。</translation>
    </message>
    <message>
        <location filename="../screens/face_check.py" line="134"/>
        <source>How we know it is you: %1</source>
        <translation>身份确认方式：%1</translation>
    </message>
    <message>
        <location filename="../screens/face_check.py" line="139"/>
        <source>Check my face</source>
        <translation>核验人脸</translation>
    </message>
    <message>
        <location filename="../screens/face_check.py" line="141"/>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <location filename="../screens/face_check.py" line="147"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../screens/face_check.py" line="149"/>
        <source>Continue without face check</source>
        <translation>不核验，继续</translation>
    </message>
    <message>
        <location filename="../screens/face_check.py" line="152"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../screens/face_check.py" line="121"/>
        <source>When you are ready, go to “Check my face” and press OK.</source>
        <translation>准备好后，请移到“核验人脸”，按“确定”键。</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <location filename="../screens/home.py" line="54"/>
        <source>How can we help you?</source>
        <translation>请问您要办理什么业务？</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="57"/>
        <source>Choose a service with the arrow keys and press OK</source>
        <translation>请用方向键选择服务，再按“确定”键</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="55"/>
        <source>Touch a service to begin</source>
        <translation>请点击下方的服务</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="61"/>
        <source>Finish and clear my information</source>
        <translation>结束并清除我的信息</translation>
    </message>
</context>
<context>
    <name>Hotline</name>
    <message>
        <location filename="../screens/hotline.py" line="85"/>
        <source>12348 public legal service hotline</source>
        <translation>12348 公共法律服务热线</translation>
    </message>
    <message>
        <location filename="../screens/hotline.py" line="88"/>
        <source>Call %1 from any phone, free of charge, to talk to a lawyer.</source>
        <translation>用任何电话拨打 %1，免费与律师通话。</translation>
    </message>
    <message>
        <location filename="../screens/hotline.py" line="93"/>
        <source>Or leave your phone number and the hotline will call you:</source>
        <translation>或留下您的电话号码，热线将给您回电：</translation>
    </message>
    <message>
        <location filename="../screens/hotline.py" line="95"/>
        <source>Your phone number</source>
        <translation>您的电话号码</translation>
    </message>
    <message>
        <location filename="../screens/hotline.py" line="96"/>
        <source>Call me back</source>
        <translation>请给我回电</translation>
    </message>
    <message>
        <location filename="../screens/hotline.py" line="102"/>
        <source>Request received (number %1). The hotline will call you soon.</source>
        <translation>已收到您的请求（编号 %1），热线将尽快给您回电。</translation>
    </message>
    <message>
        <location filename="../screens/hotline.py" line="109"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../screens/hotline.py" line="110"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>Identify</name>
    <message>
        <location filename="../screens/identify.py" line="171"/>
        <source>Show who you are</source>
        <translation>核验身份</translation>
    </message>
    <message>
        <location filename="../screens/identify.py" line="173"/>
        <source>Place your ID card on the reader below the screen</source>
        <translation>请将身份证放在屏幕下方的读卡区</translation>
    </message>
    <message>
        <location filename="../screens/identify.py" line="180"/>
        <source>Reading your card, please keep it on the reader…</source>
        <translation>正在读取，请勿移开身份证……</translation>
    </message>
    <message>
        <location filename="../screens/identify.py" line="184"/>
        <source>Or choose another way:</source>
        <translation>或选择其他方式：</translation>
    </message>
    <message>
        <location filename="../screens/identify.py" line="186"/>
        <source>Type my ID number</source>
        <translation>输入身份证号码</translation>
    </message>
    <message>
        <location filename="../screens/identify.py" line="187"/>
        <source>Scan my passport</source>
        <translation>扫描护照</translation>
    </message>
    <message>
        <location filename="../screens/identify.py" line="189"/>
        <source>18-character ID number</source>
        <translation>18 位身份证号码</translation>
    </message>
    <message>
        <location filename="../screens/identify.py" line="191"/>
        <source>Use this number</source>
        <translation>使用此号码</translation>
    </message>
    <message>
        <location filename="../screens/identify.py" line="193"/>
        <source>The document could not be read twice. Please try this: lay the page flat (press the booklet open), move it into the light, away from glare and shadow, and hold it still until the screen changes.</source>
        <translation>证件两次都没有读出来。请这样试试：把证件页放平（把本子压开），移到光线充足处，避开反光和阴影，拿稳不动，直到屏幕变化。</translation>
    </message>
    <message>
        <location filename="../screens/identify.py" line="201"/>
        <source>Type my ID number instead</source>
        <translation>改为输入身份证号码</translation>
    </message>
    <message>
        <location filename="../screens/identify.py" line="204"/>
        <source>Ask for a call-back</source>
        <translation>请工作人员回电</translation>
    </message>
    <message>
        <location filename="../screens/identify.py" line="212"/>
        <source>Identified: %1 (%2)</source>
        <translation>已核验：%1（%2）</translation>
    </message>
    <message>
        <location filename="../screens/identify.py" line="216"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../screens/identify.py" line="218"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../flows/identity.py" line="33"/>
        <source>Read from the ID card</source>
        <translation>读取身份证</translation>
    </message>
    <message>
        <location filename="../flows/identity.py" line="34"/>
        <source>Read from the ID card, face matches the card photo</source>
        <translation>读取身份证，人脸与证件照一致</translation>
    </message>
    <message>
        <location filename="../flows/identity.py" line="37"/>
        <source>Read from the passport, face matches the passport photo</source>
        <translation>读取护照，人脸与护照照片一致</translation>
    </message>
    <message>
        <location filename="../flows/identity.py" line="40"/>
        <source>ID number typed in (not verified)</source>
        <translation>手动输入号码，未核验证件</translation>
    </message>
    <message>
        <location filename="../flows/identity.py" line="41"/>
        <source>Read from the passport</source>
        <translation>读取护照</translation>
    </message>
    <message>
        <location filename="../flows/identity.py" line="76"/>
        <source>Only digits, and X as the last character</source>
        <translation>只能输入数字，最后一位可以是 X</translation>
    </message>
    <message>
        <location filename="../flows/identity.py" line="77"/>
        <source>The first two digits do not name a province: please check them</source>
        <translation>前两位不是有效的省份代码，请检查</translation>
    </message>
    <message>
        <location filename="../flows/identity.py" line="80"/>
        <source>Digits 7 to 14 must be your date of birth</source>
        <translation>第 7 至 14 位应是您的出生日期</translation>
    </message>
    <message>
        <location filename="../flows/identity.py" line="81"/>
        <source>This number is not valid: a digit may be mistyped, please check it</source>
        <translation>号码无效：可能有数字输错，请检查</translation>
    </message>
    <message>
        <location filename="../flows/identity.py" line="84"/>
        <source>%1 more characters to type</source>
        <translation>还需输入 %1 位</translation>
    </message>
    <message>
        <location filename="../flows/identity.py" line="85"/>
        <source>The number is valid</source>
        <translation>号码有效</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <location filename="../screens/idle_warning.py" line="62"/>
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <location filename="../screens/idle_warning.py" line="65"/>
        <source>To protect your privacy, your information will be cleared in %1 seconds.</source>
        <translation>为保护您的隐私，您的信息将在 %1 秒后清除。</translation>
    </message>
    <message>
        <location filename="../screens/idle_warning.py" line="69"/>
        <source>Continue</source>
        <translation>继续办理</translation>
    </message>
    <message>
        <location filename="../screens/idle_warning.py" line="70"/>
        <source>Finish now</source>
        <translation>现在结束</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../screens/keypad.py" line="37"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>LegalAid</name>
    <message>
        <location filename="../flows/legal_aid.py" line="27"/>
        <source>Is your household income below the local minimum living standard?</source>
        <translation>您的家庭收入是否低于当地最低生活保障标准？</translation>
    </message>
    <message>
        <location filename="../flows/legal_aid.py" line="33"/>
        <source>Did the matter happen in this county or city?</source>
        <translation>事情是否发生在本县（市）？</translation>
    </message>
    <message>
        <location filename="../flows/legal_aid.py" line="37"/>
        <source>Do you have no lawyer for this matter yet?</source>
        <translation>您目前是否还没有为此事委托律师？</translation>
    </message>
    <message>
        <location filename="../screens/aid_details.py" line="66"/>
        <source>Your phone number and your case</source>
        <translation>联系电话和案情</translation>
    </message>
    <message>
        <location filename="../screens/aid_details.py" line="67"/>
        <source>Phone number (staff will call you):</source>
        <translation>联系电话（工作人员会给您打电话）：</translation>
    </message>
    <message>
        <location filename="../screens/aid_details.py" line="69"/>
        <source>What happened? Use the keyboard below (pinyin):</source>
        <translation>发生了什么事？请用下方键盘输入（拼音）：</translation>
    </message>
    <message>
        <location filename="../screens/aid_details.py" line="73"/>
        <source>Please check the phone number.</source>
        <translation>请检查电话号码。</translation>
    </message>
    <message>
        <location filename="../screens/aid_details.py" line="75"/>
        <source>Describe your case in a few words (at least 5).</source>
        <translation>请简单说明您的情况（至少 5 个字）。</translation>
    </message>
    <message>
        <location filename="../screens/aid_details.py" line="77"/>
        <source>When you are done, touch Next.</source>
        <translation>填写完成后，请点击“下一步”。</translation>
    </message>
    <message>
        <location filename="../screens/aid_photos.py" line="167"/>
        <source>Photos of your documents (optional)</source>
        <translation>拍摄证明材料（可选）</translation>
    </message>
    <message>
        <location filename="../screens/aid_photos.py" line="169"/>
        <source>Hold a document, such as a contract or a pay slip, in front of the camera and touch “Take photo”.</source>
        <translation>请把材料（如合同、工资条）放在摄像头前，然后点击“拍照”。</translation>
    </message>
    <message>
        <location filename="../screens/aid_photos.py" line="177"/>
        <source>The camera is not working right now. You can go on without photos.</source>
        <translation>摄像头暂时无法使用。您可以不拍照，继续办理。</translation>
    </message>
    <message>
        <location filename="../screens/aid_photos.py" line="183"/>
        <source>%1 of %2 photos</source>
        <translation>已拍 %1 张，最多 %2 张</translation>
    </message>
    <message>
        <location filename="../screens/aid_photos.py" line="191"/>
        <source>Check the photo: can you read the writing? Keep it or retake it.</source>
        <translation>请看看照片：上面的字看得清吗？可以保留，也可以重拍。</translation>
    </message>
    <message>
        <location filename="../screens/aid_photos.py" line="196"/>
        <source>Taking the photo…</source>
        <translation>正在拍照…</translation>
    </message>
    <message>
        <location filename="../screens/aid_photos.py" line="198"/>
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <location filename="../screens/aid_photos.py" line="203"/>
        <source> (the most you can add)</source>
        <translation>（已达上限）</translation>
    </message>
    <message>
        <location filename="../screens/aid_photos.py" line="204"/>
        <source>Keep this photo</source>
        <translation>保留这张</translation>
    </message>
    <message>
        <location filename="../screens/aid_photos.py" line="206"/>
        <source>Retake</source>
        <translation>重拍</translation>
    </message>
    <message>
        <location filename="../screens/aid_photos.py" line="209"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../screens/aid_details.py" line="79"/>
        <location filename="../screens/aid_photos.py" line="210"/>
        <location filename="../screens/aid_questions.py" line="108"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../screens/aid_details.py" line="81"/>
        <location filename="../screens/aid_photos.py" line="212"/>
        <location filename="../screens/aid_questions.py" line="110"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../screens/aid_questions.py" line="83"/>
        <source>Apply for legal aid</source>
        <translation>申请法律援助</translation>
    </message>
    <message>
        <location filename="../screens/aid_questions.py" line="88"/>
        <source>Applicant: %1 %2 (%3)</source>
        <translation>申请人：%1 %2（%3）</translation>
    </message>
    <message>
        <location filename="../screens/aid_questions.py" line="96"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../screens/aid_questions.py" line="97"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../screens/aid_questions.py" line="100"/>
        <source>You may not qualify, but you can still apply: staff at the legal aid centre decide.</source>
        <translation>您可能不符合条件，但仍可以申请，由法律援助中心工作人员决定。</translation>
    </message>
    <message>
        <location filename="../screens/aid_questions.py" line="107"/>
        <source>Answer each question with Yes or No.</source>
        <translation>请逐项回答“是”或“否”。</translation>
    </message>
    <message>
        <location filename="../screens/aid_review.py" line="52"/>
        <source>Check and submit</source>
        <translation>核对并提交</translation>
    </message>
    <message>
        <location filename="../screens/aid_review.py" line="58"/>
        <source>Applicant:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <location filename="../screens/aid_review.py" line="59"/>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <location filename="../screens/aid_review.py" line="64"/>
        <source>Your case:</source>
        <translation>案情：</translation>
    </message>
    <message>
        <location filename="../screens/aid_review.py" line="66"/>
        <source>Photos of documents: %1</source>
        <translation>材料照片：%1 张</translation>
    </message>
    <message>
        <location filename="../screens/aid_review.py" line="73"/>
        <source>Submit my application</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <location filename="../screens/aid_review.py" line="74"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../screens/aid_details.py" line="77"/>
        <source>When you are done, go to Next and press OK.</source>
        <translation>填写完成后，请移到“下一步”，按“确定”键。</translation>
    </message>
    <message>
        <location filename="../screens/aid_photos.py" line="169"/>
        <source>Hold a document, such as a contract or a pay slip, in front of the camera, go to “Take photo” and press OK.</source>
        <translation>请把材料（如合同、工资条）放在摄像头前，移到“拍照”，按“确定”键。</translation>
    </message>
</context>
<context>
    <name>Mediation</name>
    <message>
        <source>The agreement is ready: read and sign it</source>
        <translation>协议已拟好：请阅读并签名</translation>
    </message>
    <message>
        <source>The agreement was changed: read it and sign again</source>
        <translation>协议已修改：请重新阅读并再次签名</translation>
    </message>
    <message>
        <source>You signed the agreement: see who else has signed</source>
        <translation>您已签名：查看其他各方是否已签名</translation>
    </message>
    <message>
        <source>Everyone signed: the agreement is sealed and your copy is printed</source>
        <translation>各方均已签名：协议已盖章，您的副本已打印</translation>
    </message>
    <message>
        <source>%1: signed</source>
        <translation>%1：已签名</translation>
    </message>
    <message>
        <source>%1: not signed yet</source>
        <translation>%1：未签名</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1（您）</translation>
    </message>
    <message>
        <source>The mediation agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <source>The service cannot be reached right now. Please try again in a moment.</source>
        <translation>暂时连不上服务中心，请稍后再试。</translation>
    </message>
    <message>
        <source>No QR code was read. Hold the slip flat under the scanner, or type the code.</source>
        <translation>没有读到二维码。请把邀请单平放在扫描器下，或直接输入邀请码。</translation>
    </message>
    <message>
        <source>The code has 8 characters: the digits 2 to 9 and the letters A to Z without I, L and O. Please check the code on your invitation slip.</source>
        <translation>邀请码是 8 位，由数字 2 到 9 和字母 A 到 Z（不含 I、L、O）组成。请核对邀请单上的邀请码。</translation>
    </message>
    <message>
        <source>party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>other party</source>
        <translation>对方当事人</translation>
    </message>
    <message>
        <source>mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>The mediator has muted your microphone. The others cannot hear you.</source>
        <translation>调解员已将您的麦克风静音，其他人听不到您。</translation>
    </message>
    <message>
        <source>The mediator is talking alone with the other party. Please wait: you will be back together soon.</source>
        <translation>调解员正在与对方单独谈话。请稍候，很快会回到一起通话。</translation>
    </message>
    <message>
        <source>You are in a private talk with the mediator. The other party cannot see or hear it.</source>
        <translation>您正在与调解员单独谈话，对方看不到也听不到。</translation>
    </message>
    <message>
        <source>The mediator has ended your part in the call.</source>
        <translation>调解员已结束您在本次通话中的参与。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(muted)</source>
        <translation>（已静音）</translation>
    </message>
    <message>
        <source>Mediation call</source>
        <translation>调解视频通话</translation>
    </message>
    <message>
        <source>Waiting for the others to join…</source>
        <translation>正在等待其他人加入…</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Paused during the private talk</source>
        <translation>单独谈话中 · 请稍候</translation>
    </message>
    <message>
        <source>Leave the call</source>
        <translation>离开通话</translation>
    </message>
    <message>
        <source>Join the mediation you were invited to</source>
        <translation>参加邀请您的调解</translation>
    </message>
    <message>
        <source>Type the 8-character code from your invitation slip, or hold the slip&apos;s QR code to the scanner:</source>
        <translation>请输入邀请单上的 8 位邀请码，或把邀请单上的二维码对准扫描器：</translation>
    </message>
    <message>
        <source>Type the 8-character code from your invitation slip:</source>
        <translation>请输入邀请单上的 8 位邀请码：</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Scan the QR code on the slip</source>
        <translation>扫描邀请单上的二维码</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Before you join the mediation</source>
        <translation>参加调解之前</translation>
    </message>
    <message>
        <source>You join a video call with the mediator and the other party. They see and hear you through this terminal&apos;s camera and microphone, and they see your name and that your ID card was read here.</source>
        <translation>您将与调解员和对方当事人视频通话。他们通过本机的摄像头和麦克风看到、听到您，也会看到您的姓名，以及您在这里读取了身份证。</translation>
    </message>
    <message>
        <source>The call is recorded and kept with the mediation file of the township mediation committee.</source>
        <translation>通话会录音录像，存入乡镇人民调解委员会的调解卷宗。</translation>
    </message>
    <message>
        <source>The mediator may talk with each side alone for a while. The other side cannot see or hear that talk.</source>
        <translation>调解员可能会分别与每一方单独谈一会儿，另一方看不到也听不到这段谈话。</translation>
    </message>
    <message>
        <source>You can leave the call at any time: touch Leave the call.</source>
        <translation>您随时可以离开通话：点“离开通话”即可。</translation>
    </message>
    <message>
        <source>I agree, join the call</source>
        <translation>我同意，加入通话</translation>
    </message>
</context>
<context>
    <name>PrintProblem</name>
    <message>
        <location filename="../screens/print_problem.py" line="42"/>
        <source>Scan this QR code with your phone: it opens the progress page of your application, with its tracking number.</source>
        <translation>请用手机扫描这个二维码：它会打开您这份申请的进度查询页面，页面上有受理编号。</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../controllers/progress.py" line="21"/>
        <source>No tracking number was found in that code. Please type the number instead.</source>
        <translation>这个二维码里没有受理编号。请直接输入编号。</translation>
    </message>
    <message>
        <location filename="../flows/progress.py" line="27"/>
        <source>No application matches this number and these four digits. Please check both and try again, or call 12348.</source>
        <translation>没有找到与这个编号和这四位数字相符的申请。请核对后再试，或拨打 12348。</translation>
    </message>
    <message>
        <location filename="../flows/progress.py" line="32"/>
        <source>This terminal cannot reach the service centre right now, so progress cannot be looked up. Please call 12348, or try again later.</source>
        <translation>本机暂时无法连接服务中心，不能查询进度。请拨打 12348，或稍后再试。</translation>
    </message>
    <message>
        <location filename="../flows/progress.py" line="37"/>
        <source>Progress could not be looked up just now. Please call 12348.</source>
        <translation>暂时无法查询进度。请拨打 12348。</translation>
    </message>
    <message>
        <location filename="../flows/progress.py" line="43"/>
        <source>Legal aid application</source>
        <translation>法律援助申请</translation>
    </message>
    <message>
        <location filename="../flows/progress.py" line="44"/>
        <source>Legal consultation</source>
        <translation>法律咨询</translation>
    </message>
    <message>
        <location filename="../flows/progress.py" line="45"/>
        <source>Notarisation appointment</source>
        <translation>公证预约</translation>
    </message>
    <message>
        <location filename="../flows/progress.py" line="46"/>
        <source>Mediation appointment</source>
        <translation>调解预约</translation>
    </message>
    <message>
        <location filename="../flows/progress.py" line="47"/>
        <source>Call-back from the 12348 hotline</source>
        <translation>12348 热线回电</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="131"/>
        <source>How is my application going?</source>
        <translation>查询办理进度</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="133"/>
        <source>1. Your tracking number (on your receipt):</source>
        <translation>1. 受理编号（在回执上）：</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="137"/>
        <source>Or hold the receipt&apos;s QR code under the scanner</source>
        <translation>或把回执上的二维码放到扫描器下</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="140"/>
        <source>2. The last four characters of your ID number:</source>
        <translation>2. 身份证号码的最后四位：</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="144"/>
        <source>Looking up…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="146"/>
        <source>Show progress</source>
        <translation>查询进度</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="153"/>
        <source>Ask the 12348 hotline to call me back</source>
        <translation>请 12348 热线给我回电</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="156"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="157"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="166"/>
        <source>Please check the tracking number: a character is wrong.</source>
        <translation>请核对受理编号：有一个字符有误。</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="173"/>
        <source>%1: %2. Handled by %3.</source>
        <translation>%1：%2。办理单位：%3。</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <location filename="../flows/feedback.py" line="14"/>
        <source>Very unhappy</source>
        <translation>很不满意</translation>
    </message>
    <message>
        <location filename="../flows/feedback.py" line="15"/>
        <source>Unhappy</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../flows/feedback.py" line="16"/>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../flows/feedback.py" line="17"/>
        <source>Happy</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../flows/feedback.py" line="18"/>
        <source>Very happy</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <location filename="../screens/rating.py" line="84"/>
        <source>How was our service today?</source>
        <translation>您对今天的服务满意吗？</translation>
    </message>
    <message>
        <location filename="../screens/rating.py" line="90"/>
        <source>Anything to add? (optional)</source>
        <translation>还有什么想说的吗？（选填）</translation>
    </message>
    <message>
        <location filename="../screens/rating.py" line="91"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../screens/rating.py" line="92"/>
        <source>Send my rating</source>
        <translation>提交评价</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../screens/aid_receipt.py" line="72"/>
        <source>Your application has been received</source>
        <translation>您的申请已受理</translation>
    </message>
    <message>
        <location filename="../screens/aid_receipt.py" line="73"/>
        <source>Your tracking number:</source>
        <translation>您的受理编号：</translation>
    </message>
    <message>
        <location filename="../screens/aid_receipt.py" line="76"/>
        <source>Printing your receipt…</source>
        <translation>正在打印回执……</translation>
    </message>
    <message>
        <location filename="../screens/aid_receipt.py" line="78"/>
        <source>Please take your receipt from the printer.</source>
        <translation>请从出纸口取走您的回执。</translation>
    </message>
    <message>
        <location filename="../screens/aid_receipt.py" line="83"/>
        <source>Please write down the tracking number; your application is kept and will be sent.</source>
        <translation>请记下受理编号；您的申请已保存，会自动发送。</translation>
    </message>
    <message>
        <location filename="../screens/aid_receipt.py" line="92"/>
        <source>The legal aid centre will call you within 7 working days. You can check progress with the tracking number here or on the QR code of the receipt.</source>
        <translation>法律援助中心将在 7 个工作日内与您联系。您可以凭受理编号在本机查询进度，或扫描回执上的二维码查询。</translation>
    </message>
    <message>
        <location filename="../screens/aid_receipt.py" line="99"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Talk to a legal aid clerk by video now</source>
        <translation>现在与法律援助中心工作人员视频通话</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <location filename="../screens/service.py" line="48"/>
        <source>This service is not yet available on this terminal.</source>
        <translation>本终端暂未开通此项服务。</translation>
    </message>
    <message>
        <location filename="../screens/service.py" line="53"/>
        <source>For help now, call the 12348 public legal service hotline.</source>
        <translation>如需帮助，请拨打 12348 公共法律服务热线。</translation>
    </message>
    <message>
        <location filename="../screens/service.py" line="57"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>I was invited to a mediation</source>
        <translation>我被邀请参加调解</translation>
    </message>
    <message>
        <source>Join a mediation call with the code on your slip</source>
        <translation>用邀请单上的邀请码加入调解视频通话</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="20"/>
        <source>Legal consultation</source>
        <translation>法律咨询</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="21"/>
        <source>Ask a legal question and hear the answer</source>
        <translation>提出法律问题，听取解答</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="25"/>
        <source>Legal aid application</source>
        <translation>法律援助申请</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="26"/>
        <source>Apply for free legal help</source>
        <translation>申请免费法律帮助</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="30"/>
        <source>Document self-service</source>
        <translation>法律文书自助</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="31"/>
        <source>Fill in and print legal documents</source>
        <translation>填写并打印法律文书</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="35"/>
        <source>Notarisation and mediation</source>
        <translation>公证与调解</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="36"/>
        <source>Book an appointment or a video session</source>
        <translation>预约办理或视频办理</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="40"/>
        <source>Progress query</source>
        <translation>办理进度查询</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="41"/>
        <source>See how your application is going</source>
        <translation>查询您的申请办理情况</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="45"/>
        <source>12348 legal hotline</source>
        <translation>12348 法律服务热线</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="46"/>
        <source>Call or ask the hotline to call you back</source>
        <translation>拨打热线或预约回电</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>a mediator of the people&apos;s mediation committee</source>
        <translation>人民调解委员会的调解员</translation>
    </message>
    <message>
        <source>Notary</source>
        <translation>公证员</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>律师</translation>
    </message>
    <message>
        <source>Legal aid clerk</source>
        <translation>法律援助工作人员</translation>
    </message>
    <message>
        <source>Connecting the call…</source>
        <translation>正在接通视频通话…</translation>
    </message>
    <message>
        <source>The connection dropped. Please stay here: we are bringing it back.</source>
        <translation>连接中断了。请留在这里，我们正在恢复连接。</translation>
    </message>
    <message>
        <source>Reconnecting… please wait.</source>
        <translation>正在重新连接，请稍候…</translation>
    </message>
    <message>
        <source>A colleague will take over your call. Please wait here.</source>
        <translation>同事将接手您的通话，请在此稍候。</translation>
    </message>
    <message>
        <source>The call could not go on. We are sorry. The staff member can call you back.</source>
        <translation>通话无法继续，很抱歉。工作人员可以给您回电。</translation>
    </message>
    <message>
        <source>The call has ended. Thank you.</source>
        <translation>通话已结束，谢谢。</translation>
    </message>
    <message>
        <source>Volume: %1%</source>
        <translation>音量：%1%</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>小声一点</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>大声一点</translation>
    </message>
    <message>
        <source>End the call</source>
        <translation>结束通话</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Before your video call</source>
        <translation>视频通话之前</translation>
    </message>
    <message>
        <source>You will wait in a queue until a staff member is free. Then you see and hear them on this screen, and they see and hear you through this terminal&apos;s camera and microphone.</source>
        <translation>您先排队，等工作人员有空。接通后您在这块屏幕上看到、听到工作人员，工作人员通过本机的摄像头和麦克风看到、听到您。</translation>
    </message>
    <message>
        <source>a notary</source>
        <translation>公证员</translation>
    </message>
    <message>
        <source>a lawyer</source>
        <translation>律师</translation>
    </message>
    <message>
        <source>a clerk of the legal aid centre</source>
        <translation>法律援助中心的工作人员</translation>
    </message>
    <message>
        <source>a staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Only %1 of the service centre sees you, with your request and how your identity was checked. Nobody else joins the call.</source>
        <translation>只有服务中心的%1能看到您，以及您的申请和身份核验方式。其他人不会加入通话。</translation>
    </message>
    <message>
        <source>This call is not recorded. When recording is introduced, this notice will say so before every call.</source>
        <translation>本次通话不录音录像。以后如果开始录音录像，每次通话前本提示都会告诉您。</translation>
    </message>
    <message>
        <source>You may go back now, or end the call at any time.</source>
        <translation>您现在可以返回，也可以随时结束通话。</translation>
    </message>
    <message>
        <source>Your phone number, so that we can call you back if needed:</source>
        <translation>您的电话号码（需要时我们给您回电）：</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>您的电话号码</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>How was your video call?</source>
        <translation>您对这次视频通话满意吗？</translation>
    </message>
    <message>
        <source>Touch a face. Your answer helps the service centre.</source>
        <translation>请点一个表情。您的评价能帮助服务中心改进。</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>We cannot estimate the wait yet.</source>
        <translation>暂时无法估计等候时间。</translation>
    </message>
    <message>
        <source>Estimated wait: about one minute.</source>
        <translation>预计等候：约 1 分钟。</translation>
    </message>
    <message>
        <source>Estimated wait: about %1 minutes.</source>
        <translation>预计等候：约 %1 分钟。</translation>
    </message>
    <message>
        <source>Nobody can take your call now</source>
        <translation>现在没有工作人员可以接听</translation>
    </message>
    <message>
        <source>The video call cannot be started</source>
        <translation>视频通话无法开始</translation>
    </message>
    <message>
        <source>This terminal cannot reach the service centre right now. We can call you back, or you can book an appointment.</source>
        <translation>本机现在连不上服务中心。我们可以给您回电，您也可以预约。</translation>
    </message>
    <message>
        <source>Asking for a video call…</source>
        <translation>正在申请视频通话…</translation>
    </message>
    <message>
        <source>Please wait: a staff member will take your call</source>
        <translation>请稍候，工作人员会接听您的通话</translation>
    </message>
    <message>
        <source>You are number %1 in the queue.</source>
        <translation>您排在第 %1 位。</translation>
    </message>
    <message>
        <source>A staff member is joining the call…</source>
        <translation>工作人员正在接入通话…</translation>
    </message>
    <message>
        <source>Stay near the screen: your place is kept while you wait, and the call opens here by itself. Rather not wait? Ask for a call-back.</source>
        <translation>请留在屏幕旁：等候期间为您保留位置，接通后通话会自动出现在这里。不想等？可以请我们回电。</translation>
    </message>
    <message>
        <source>Call me back instead</source>
        <translation>改为给我回电</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Leave the queue</source>
        <translation>离开队列</translation>
    </message>
    <message>
        <source>● Recording: this call is being recorded</source>
        <translation>● 正在录像：本次通话正在录音录像</translation>
    </message>
    <message>
        <source>Choose a face with the arrow keys and press OK. Your answer helps the service centre.</source>
        <translation>请用方向键选一个表情，再按“确定”键。您的评价能帮助服务中心改进。</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../screens/status_strip.py" line="151"/>
        <source>Say it again</source>
        <translation>再听一遍</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="152"/>
        <source>Large text</source>
        <translation>大字模式</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="153"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="25"/>
        <source>Connecting to the service centre…</source>
        <translation>正在连接服务中心…</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="26"/>
        <source>Connected to the service centre</source>
        <translation>已连接服务中心</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="27"/>
        <source>Service centre unreachable: what you submit is kept and sent later</source>
        <translation>暂时无法连接服务中心：您提交的内容会保存并稍后发送</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="30"/>
        <source>Terminal not enrolled: call a technician</source>
        <translation>终端尚未注册：请联系技术人员</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="31"/>
        <source>Terminal not accepted: call a technician</source>
        <translation>终端未被接受：请联系技术人员</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="35"/>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="36"/>
        <source>ID card reader</source>
        <translation>身份证阅读器</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="37"/>
        <source>Document scanner</source>
        <translation>证件扫描</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="38"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="39"/>
        <source>Voice</source>
        <translation>语音</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="40"/>
        <source>Loudspeaker</source>
        <translation>扬声器</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="41"/>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="113"/>
        <source>All devices ready</source>
        <translation>设备全部正常</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="116"/>
        <source>Not available: %1</source>
        <translation>暂不可用：%1</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="119"/>
        <source>%1 submission(s) waiting to be sent</source>
        <translation>%1 项提交待发送</translation>
    </message>
</context>
<context>
    <name>TakeCard</name>
    <message>
        <location filename="../screens/take_card.py" line="37"/>
        <source>Please take your ID card</source>
        <translation>请取走您的身份证</translation>
    </message>
    <message>
        <location filename="../screens/take_card.py" line="39"/>
        <source>Your ID card is still on the reader. Your information has been cleared.</source>
        <translation>您的身份证还在读卡区。您的信息已清除。</translation>
    </message>
    <message>
        <location filename="../screens/take_card.py" line="44"/>
        <source>I have my card</source>
        <translation>我已取走</translation>
    </message>
</context>
<context>
    <name>Technician</name>
    <message>
        <location filename="../technician/mode.py" line="116"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../technician/mode.py" line="121"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../technician/mode.py" line="126"/>
        <source>Volume and brightness</source>
        <translation>音量和亮度</translation>
    </message>
    <message>
        <location filename="../technician/mode.py" line="133"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../technician/mode.py" line="138"/>
        <source>Enrolment</source>
        <translation>注册</translation>
    </message>
    <message>
        <location filename="../technician/mode.py" line="147"/>
        <source>Outbox and log</source>
        <translation>待发队列和日志</translation>
    </message>
    <message>
        <location filename="../technician/page_config.py" line="46"/>
        <source>Check and save</source>
        <translation>检查并保存</translation>
    </message>
    <message>
        <location filename="../technician/page_config.py" line="49"/>
        <source>Setting (e.g. idle.timeout_s)</source>
        <translation>设置项（如 idle.timeout_s）</translation>
    </message>
    <message>
        <location filename="../technician/page_config.py" line="51"/>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../technician/page_config.py" line="72"/>
        <source>Type a setting&apos;s name.</source>
        <translation>请输入设置项名称。</translation>
    </message>
    <message>
        <location filename="../technician/page_config.py" line="85"/>
        <source>Saved. In force from the next start of the shell.</source>
        <translation>已保存。外壳下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../technician/page_devices.py" line="22"/>
        <source>Camera picture</source>
        <translation>摄像头画面</translation>
    </message>
    <message>
        <location filename="../technician/page_devices.py" line="23"/>
        <source>Read a card</source>
        <translation>读身份证</translation>
    </message>
    <message>
        <location filename="../technician/page_devices.py" line="24"/>
        <source>Read a passport page</source>
        <translation>读护照页</translation>
    </message>
    <message>
        <location filename="../technician/page_devices.py" line="25"/>
        <source>Print a test page</source>
        <translation>打印测试页</translation>
    </message>
    <message>
        <location filename="../technician/page_devices.py" line="26"/>
        <source>Speak a sentence</source>
        <translation>播报一句话</translation>
    </message>
    <message>
        <location filename="../technician/page_devices.py" line="27"/>
        <source>Microphone level</source>
        <translation>麦克风音量</translation>
    </message>
    <message>
        <location filename="../technician/page_devices.py" line="28"/>
        <source>Loudspeaker tone</source>
        <translation>扬声器测试音</translation>
    </message>
    <message>
        <location filename="../technician/page_devices.py" line="78"/>
        <location filename="../technician/page_network.py" line="34"/>
        <source>Checking...</source>
        <translation>正在检查……</translation>
    </message>
    <message>
        <location filename="../technician/page_devices.py" line="107"/>
        <source>Last device events</source>
        <translation>最近的设备事件</translation>
    </message>
    <message>
        <location filename="../technician/page_devices.py" line="108"/>
        <source>none since the shell started</source>
        <translation>外壳启动以来没有</translation>
    </message>
    <message>
        <location filename="../technician/page_enrol.py" line="33"/>
        <source>Enrol with this code</source>
        <translation>用此代码注册</translation>
    </message>
    <message>
        <location filename="../technician/page_enrol.py" line="37"/>
        <source>Scan the QR code</source>
        <translation>扫描二维码</translation>
    </message>
    <message>
        <location filename="../technician/page_enrol.py" line="43"/>
        <source>Type the one-time code, or hold its QR code in front of the camera.</source>
        <translation>输入一次性代码，或将其二维码对准摄像头。</translation>
    </message>
    <message>
        <location filename="../technician/page_enrol.py" line="63"/>
        <source>Looking for a QR code...</source>
        <translation>正在寻找二维码……</translation>
    </message>
    <message>
        <location filename="../technician/page_enrol.py" line="77"/>
        <source>Enrolling...</source>
        <translation>正在注册……</translation>
    </message>
    <message>
        <location filename="../technician/page_network.py" line="23"/>
        <source>Check the network</source>
        <translation>检查网络</translation>
    </message>
    <message>
        <location filename="../technician/page_network.py" line="45"/>
        <source>reachable, round trip %1 ms</source>
        <translation>可以连接，往返 %1 毫秒</translation>
    </message>
    <message>
        <location filename="../technician/page_network.py" line="49"/>
        <source>NOT reachable (%1)</source>
        <translation>无法连接（%1）</translation>
    </message>
    <message>
        <location filename="../technician/page_network.py" line="52"/>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../technician/page_network.py" line="53"/>
        <source>Central service</source>
        <translation>服务中心</translation>
    </message>
    <message>
        <location filename="../technician/page_outbox.py" line="28"/>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <location filename="../technician/page_outbox.py" line="44"/>
        <source>No outbox: this terminal is not enrolled.</source>
        <translation>没有待发队列：本终端尚未注册。</translation>
    </message>
    <message>
        <location filename="../technician/page_outbox.py" line="53"/>
        <source>Waiting</source>
        <translation>待发</translation>
    </message>
    <message>
        <location filename="../technician/page_outbox.py" line="54"/>
        <source>Refused</source>
        <translation>被拒</translation>
    </message>
    <message>
        <location filename="../technician/page_outbox.py" line="55"/>
        <source>Oldest</source>
        <translation>最久</translation>
    </message>
    <message>
        <location filename="../technician/page_outbox.py" line="56"/>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <location filename="../technician/page_sound_screen.py" line="32"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../technician/page_sound_screen.py" line="35"/>
        <source>Brightness</source>
        <translation>亮度</translation>
    </message>
    <message>
        <location filename="../technician/panel.py" line="29"/>
        <source>Technician mode: %1</source>
        <translation>技术人员模式：%1</translation>
    </message>
    <message>
        <location filename="../technician/panel.py" line="48"/>
        <source>Restart the shell</source>
        <translation>重启外壳</translation>
    </message>
    <message>
        <location filename="../technician/panel.py" line="52"/>
        <source>Leave technician mode</source>
        <translation>退出技术人员模式</translation>
    </message>
    <message>
        <location filename="../technician/pin_pad.py" line="47"/>
        <source>Technician: enter your PIN</source>
        <translation>技术人员：请输入您的 PIN 码</translation>
    </message>
    <message>
        <location filename="../technician/pin_pad.py" line="48"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../technician/pin_pad.py" line="49"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../technician/pin_pad.py" line="50"/>
        <source>Back to the start screen</source>
        <translation>返回开始界面</translation>
    </message>
    <message>
        <location filename="../technician/pin_pad.py" line="62"/>
        <source>Wrong PIN.</source>
        <translation>PIN 码错误。</translation>
    </message>
    <message>
        <location filename="../technician/pin_pad.py" line="81"/>
        <source>Too many wrong PINs: try again in %1 s.</source>
        <translation>PIN 码错误次数过多：请 %1 秒后再试。</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <location filename="../flows/presence.py" line="17"/>
        <source>Hello, welcome to the public legal service centre. Touch a service on my screen to begin.</source>
        <translation>您好，欢迎来到公共法律服务中心。请在我的屏幕上点选一项服务开始。</translation>
    </message>
</context>
<context>
    <name>SpeechNote</name>
    <message>
        <location filename="../screens/speech_note.py" line="17"/>
        <source>No recording in your language yet: this is spoken in Chinese.</source>
        <translation>您的语言暂无录音，以下用中文播报。</translation>
    </message>
</context>
<context>
    <name>AbsentDevices</name>
    <message>
        <location filename="../controllers/absent_devices.py" line="9"/>
        <source>This terminal has no ID card reader. Please type your ID number.</source>
        <translation>本终端没有身份证读卡器，请输入您的身份证号码。</translation>
    </message>
    <message>
        <location filename="../controllers/absent_devices.py" line="13"/>
        <source>This terminal does not print. Scan the QR code with your phone to keep your receipt.</source>
        <translation>本终端不能打印。请用手机扫描二维码保存回执。</translation>
    </message>
    <message>
        <location filename="../controllers/absent_devices.py" line="22"/>
        <source>This terminal has no camera, so your face is not checked here. If your matter needs a face check, ask for a call-back or visit a public legal service centre.</source>
        <translation>本终端没有摄像头，无法在此核验人脸。如您的事项需要人脸核验，请申请回电或前往公共法律服务中心。</translation>
    </message>
    <message>
        <location filename="../controllers/absent_devices.py" line="17"/>
        <source>This terminal does not print. You can have this document printed at a public legal service centre.</source>
        <translation>本终端不能打印。您可以到公共法律服务中心打印这份文书。</translation>
    </message>
</context>
<context>
    <name>PushedDocument</name>
    <message>
        <source>The document is on its way…</source>
        <translation>文书正在传送…</translation>
    </message>
    <message>
        <source>Please read the document. When you agree, sign in the box with your finger.</source>
        <translation>请阅读文书。同意后，请用手指在框内签名。</translation>
    </message>
    <message>
        <source>Sending your signature…</source>
        <translation>正在发送您的签名…</translation>
    </message>
    <message>
        <source>Signed. The notary has received your signature.</source>
        <translation>已签名。公证员已收到您的签名。</translation>
    </message>
    <message>
        <source>Signed. Your signature is on the agreement.</source>
        <translation>已签名。您的签名已在协议书上。</translation>
    </message>
    <message>
        <source>You have signed. Please wait for the others to sign.</source>
        <translation>您已签名。请等待其他各方签名。</translation>
    </message>
    <message>
        <source>The document was changed. Please read it again and sign again.</source>
        <translation>文书已修改。请重新阅读，并重新签名。</translation>
    </message>
    <message>
        <source>Please sign in the box first.</source>
        <translation>请先在框内签名。</translation>
    </message>
    <message>
        <source>Your signature could not be sent. Please try again.</source>
        <translation>签名发送失败，请再试一次。</translation>
    </message>
    <message>
        <source>Printing… please wait.</source>
        <translation>正在打印，请稍候。</translation>
    </message>
    <message>
        <source>Printed. Please take your document from the printer below the screen.</source>
        <translation>已打印。请从屏幕下方的打印机取走您的文书。</translation>
    </message>
    <message>
        <source>The document could not be printed.</source>
        <translation>文书未能打印。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <translation>朗读本页</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Sign here with your finger</source>
        <translation>请用手指在这里签名</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Confirm my signature</source>
        <translation>确认签名</translation>
    </message>
    <message>
        <source>Back to the call</source>
        <translation>返回通话</translation>
    </message>
</context>
<context>
    <name>Reproof</name>
    <message>
        <location filename="../flows/reproof.py" line="31"/>
        <source>Please place the ID card you used at the start on the reader again.</source>
        <translation>请把开始时使用的身份证再次放在读卡器上。</translation>
    </message>
    <message>
        <location filename="../flows/reproof.py" line="34"/>
        <source>Reading the card, please hold it still…</source>
        <translation>正在读卡，请不要移动身份证…</translation>
    </message>
    <message>
        <location filename="../flows/reproof.py" line="35"/>
        <source>Thank you. Telling the notary…</source>
        <translation>谢谢。正在告知公证员…</translation>
    </message>
    <message>
        <location filename="../flows/reproof.py" line="36"/>
        <source>Thank you, it is you. The call is coming back.</source>
        <translation>谢谢，核验通过。通话正在恢复。</translation>
    </message>
    <message>
        <location filename="../flows/reproof.py" line="39"/>
        <source>This is not the card you used at the start. Please place your own ID card on the reader.</source>
        <translation>这不是您开始时使用的身份证。请把您本人的身份证放在读卡器上。</translation>
    </message>
    <message>
        <location filename="../flows/reproof.py" line="43"/>
        <source>The card could not be read. Please take it off and place it again.</source>
        <translation>无法读取身份证。请拿开后重新放上。</translation>
    </message>
    <message>
        <location filename="../flows/reproof.py" line="46"/>
        <source>The notary could not be told yet. Please place the card again.</source>
        <translation>暂时未能告知公证员。请再次放上身份证。</translation>
    </message>
    <message>
        <location filename="../screens/reproof.py" line="50"/>
        <source>Please confirm who you are again</source>
        <translation>请再次确认您的身份</translation>
    </message>
    <message>
        <location filename="../screens/reproof.py" line="52"/>
        <source>The call was interrupted. Before the notary continues, the law asks us to check again that it is still you.</source>
        <translation>通话中断了。公证员继续办理之前，按照规定需要再次核实是您本人。</translation>
    </message>
    <message>
        <location filename="../screens/reproof.py" line="67"/>
        <source>End the call</source>
        <translation>结束通话</translation>
    </message>
</context>
</TS>
