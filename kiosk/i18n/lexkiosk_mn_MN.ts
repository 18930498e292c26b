<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mn_MN">
<context>
    <name>Appointments</name>
    <message>
        <source>Mediation by video now</source>
        <translation>ᠣᠳᠣ ᠸᠢᠳᠡᠣ&#x202f;ᠪᠠᠷ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ</translation>
    </message>
    <message>
        <location filename="../controllers/booking.py" line="19"/>
        <source>Printed. Please take the paper from the printer.</source>
        <translation>ᠬᠡᠪᠯᠡᠭᠳᠡᠪᠡ᠃ ᠬᠡᠪᠯᠡᠭᠦᠷ&#x202f;ᠡᠴᠡ ᠴᠠᠭᠠᠰᠤ&#x202f;ᠪᠠᠨ ᠠᠪᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location filename="../flows/appointments.py" line="23"/>
        <source>Notarisation</source>
        <translation>ᠨᠣᠲᠠᠷᠢ</translation>
    </message>
    <message>
        <location filename="../flows/appointments.py" line="24"/>
        <source>Mediation</source>
        <translation>ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯ</translation>
    </message>
    <message>
        <location filename="../flows/appointments.py" line="27"/>
        <source>Mon</source>
        <translation>ᠭᠠᠷᠠᠭ&#x202f;ᠤᠨ ᠨᠢᠭᠡᠨ</translation>
    </message>
    <message>
        <location filename="../flows/appointments.py" line="28"/>
        <source>Tue</source>
        <translation>ᠭᠠᠷᠠᠭ&#x202f;ᠤᠨ ᠬᠣᠶᠠᠷ</translation>
    </message>
    <message>
        <location filename="../flows/appointments.py" line="29"/>
        <source>Wed</source>
        <translation>ᠭᠠᠷᠠᠭ&#x202f;ᠤᠨ ᠭᠤᠷᠪᠠ</translation>
    </message>
    <message>
        <location filename="../flows/appointments.py" line="30"/>
        <source>Thu</source>
        <translation>ᠭᠠᠷᠠᠭ&#x202f;ᠤᠨ ᠳᠥᠷᠪᠡ</translation>
    </message>
    <message>
        <location filename="../flows/appointments.py" line="31"/>
        <source>Fri</source>
        <translation>ᠭᠠᠷᠠᠭ&#x202f;ᠤᠨ ᠲᠠᠪᠤ</translation>
    </message>
    <message>
        <location filename="../flows/appointments.py" line="32"/>
        <source>Sat</source>
        <translation>ᠭᠠᠷᠠᠭ&#x202f;ᠤᠨ ᠵᠢᠷᠭᠤᠭ᠎ᠠ</translation>
    </message>
    <message>
        <location filename="../flows/appointments.py" line="33"/>
        <source>Sun</source>
        <translation>ᠭᠠᠷᠠᠭ&#x202f;ᠤᠨ ᠡᠳᠦᠷ</translation>
    </message>
    <message>
        <location filename="../flows/appointments.py" line="45"/>
        <source>This terminal cannot reach the service centre right now, so appointments cannot be booked here. Call 12348 to book by phone, or ask the hotline to call you back.</source>
        <translation>ᠡᠨᠡ ᠮᠠᠱᠢᠨ ᠣᠳᠣ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠲᠥᠪ&#x202f;ᠲᠡᠢ ᠬᠣᠯᠪᠠᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ ᠲᠤᠯᠠ ᠡᠨᠳᠡ ᠴᠠᠭ ᠵᠠᠭᠠᠵᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃ 12348&#x202f;ᠳᠤ ᠤᠲᠠᠰᠤᠳᠠᠵᠤ ᠴᠠᠭ ᠵᠠᠭᠠᠭᠠᠷᠠᠢ᠂ ᠡᠰᠡᠪᠡᠰᠦ ᠤᠲᠠᠰᠤ&#x202f;ᠪᠠᠷ ᠲᠠᠨ&#x202f;ᠳᠤ ᠬᠠᠷᠢᠵᠤ ᠤᠲᠠᠰᠤᠳᠠᠬᠤ&#x202f;ᠶᠢ ᠭᠤᠶᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location filename="../flows/appointments.py" line="50"/>
        <source>Someone has just booked that time. Here are the times still free: please choose another.</source>
        <translation>ᠲᠡᠷᠡ ᠴᠠᠭ&#x202f;ᠢ ᠰᠠᠶᠢᠬᠠᠨ ᠪᠤᠰᠤᠳ ᠬᠦᠮᠦᠨ ᠵᠠᠭᠠᠴᠢᠬᠠᠪᠠ᠃ ᠳᠣᠣᠷ᠎ᠠ&#x202f;ᠬᠢ ᠨᠢ ᠰᠤᠯᠠ ᠪᠠᠶᠢᠭ᠎ᠠ ᠴᠠᠭ᠄ ᠥᠭᠡᠷ᠎ᠡ ᠴᠠᠭ ᠰᠣᠨᠭᠭᠣᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location filename="../flows/appointments.py" line="54"/>
        <source>The appointment could not be booked just now. Please call 12348.</source>
        <translation>ᠣᠳᠣ ᠴᠠᠭ ᠵᠠᠭᠠᠵᠤ ᠴᠢᠳᠠᠰᠠᠨ ᠦᠭᠡᠢ᠃ 12348&#x202f;ᠳᠤ ᠤᠲᠠᠰᠤᠳᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location filename="../screens/booking.py" line="147"/>
        <source>Book a notarisation or mediation appointment</source>
        <translation>ᠨᠣᠲᠠᠷᠢ ᠪᠤᠶᠤ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯ&#x202f;ᠦᠨ ᠴᠠᠭ ᠵᠠᠭᠠᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/booking.py" line="157"/>
        <source>Looking for free times…</source>
        <translation>ᠰᠤᠯᠠ ᠴᠠᠭ ᠬᠠᠢᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ…</translation>
    </message>
    <message>
        <location filename="../screens/booking.py" line="159"/>
        <source>Choose a free time:</source>
        <translation>ᠰᠤᠯᠠ ᠴᠠᠭ ᠰᠣᠨᠭᠭᠣᠭᠠᠷᠠᠢ᠄</translation>
    </message>
    <message>
        <location filename="../screens/booking.py" line="163"/>
        <source>No free times in the next days. Please call 12348.</source>
        <translation>ᠣᠶᠢᠷ&#x202f;ᠤᠨ ᠡᠳᠦᠷ&#x202f;ᠦᠳ&#x202f;ᠲᠦ ᠰᠤᠯᠠ ᠴᠠᠭ ᠦᠭᠡᠢ᠃ 12348&#x202f;ᠳᠤ ᠤᠲᠠᠰᠤᠳᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location filename="../screens/booking.py" line="181"/>
        <source>Ask the 12348 hotline to call me back</source>
        <translation>12348 ᠨᠠᠳᠠ&#x202f;ᠳᠤ ᠬᠠᠷᠢᠵᠤ ᠤᠲᠠᠰᠤᠳᠠᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/booking.py" line="186"/>
        <source>Your phone number (for a reminder):</source>
        <translation>ᠲᠠᠨ&#x202f;ᠤ ᠤᠲᠠᠰᠤᠨ ᠳᠤᠭᠠᠷ (ᠰᠠᠨᠠᠭᠤᠯᠬᠤ&#x202f;ᠶᠢᠨ ᠲᠤᠯᠠᠳᠠ)᠄</translation>
    </message>
    <message>
        <location filename="../screens/booking.py" line="187"/>
        <source>Your phone number</source>
        <translation>ᠲᠠᠨ&#x202f;ᠤ ᠤᠲᠠᠰᠤᠨ ᠳᠤᠭᠠᠷ</translation>
    </message>
    <message>
        <location filename="../screens/booking.py" line="189"/>
        <source>Booking…</source>
        <translation>ᠴᠠᠭ ᠵᠠᠭᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ…</translation>
    </message>
    <message>
        <location filename="../screens/booking.py" line="191"/>
        <source>Book this time</source>
        <translation>ᠡᠨᠡ ᠴᠠᠭ&#x202f;ᠢ ᠵᠠᠭᠠᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/booking.py" line="195"/>
        <source>Back</source>
        <translation>ᠪᠤᠴᠠᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/booking.py" line="204"/>
        <source>Office hours:</source>
        <translation>ᠠᠵᠢᠯᠯᠠᠬᠤ ᠴᠠᠭ᠄</translation>
    </message>
    <message>
        <location filename="../screens/booking_done.py" line="70"/>
        <source>Your appointment is booked</source>
        <translation>ᠲᠠᠨ&#x202f;ᠤ ᠴᠠᠭ ᠵᠠᠭᠠᠯᠲᠠ ᠪᠠᠲᠤᠯᠠᠭᠳᠠᠪᠠ</translation>
    </message>
    <message>
        <location filename="../screens/booking_done.py" line="74"/>
        <source>Appointment number: %1</source>
        <translation>ᠴᠠᠭ ᠵᠠᠭᠠᠯᠲᠠ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠷ᠄ %1</translation>
    </message>
    <message>
        <location filename="../screens/booking_done.py" line="79"/>
        <source>Please bring your ID card and come ten minutes early.</source>
        <translation>ᠦᠨᠡᠮᠯᠡᠬᠦ&#x202f;ᠪᠡᠨ ᠠᠪᠴᠤ᠂ ᠠᠷᠪᠠᠨ ᠮᠢᠨᠦ᠋ᠲ ᠡᠷᠲᠡ ᠢᠷᠡᠭᠡᠷᠡᠢ᠃</translation>
    </message>
    <message>
        <location filename="../screens/booking_done.py" line="83"/>
        <source>Print it</source>
        <translation>ᠬᠡᠪᠯᠡᠬᠦ</translation>
    </message>
    <message>
        <location filename="../screens/booking_done.py" line="84"/>
        <source>Done</source>
        <translation>ᠳᠤᠤᠰᠭᠠᠬᠤ</translation>
    </message>
    <message>
        <source>Video call with a notary now</source>
        <translation>ᠣᠳᠣ ᠨᠣᠲᠠᠷᠢᠴᠢ&#x202f;ᠲᠠᠢ ᠸᠢᠳᠡᠣ&#x202f;ᠪᠠᠷ ᠶᠠᠷᠢᠯᠴᠠᠬᠤ</translation>
    </message>
    <message>
        <source>I have a video appointment now</source>
        <translation>ᠪᠢ ᠸᠢᠳᠡᠣ&#x202f;ᠪᠠᠷ ᠴᠠᠭ ᠵᠠᠭᠠᠭᠰᠠᠨ</translation>
    </message>
</context>
<context>
    <name>Attract</name>
    <message>
        <location filename="../screens/attract.py" line="77"/>
        <source>Public Legal Services</source>
        <translation>ᠣᠯᠠᠨ ᠨᠡᠶᠢᠲᠡ&#x202f;ᠶᠢᠨ ᠬᠠᠤᠯᠢ ᠵᠦᠢ&#x202f;ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ</translation>
    </message>
    <message>
        <location filename="../screens/attract.py" line="79"/>
        <source>Legal help for everyone, any time</source>
        <translation>ᠬᠡᠨ ᠪᠡᠷ ᠬᠡᠽᠢᠶ᠎ᠡ ᠪᠡᠷ ᠬᠠᠤᠯᠢ ᠵᠦᠢ&#x202f;ᠶᠢᠨ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠠᠪᠴᠤ ᠪᠣᠯᠤᠨ᠎ᠠ</translation>
    </message>
    <message>
        <location filename="../screens/attract.py" line="82"/>
        <source>Legal questions, legal aid, documents, notarisation and mediation</source>
        <translation>ᠬᠠᠤᠯᠢ ᠵᠦᠢ&#x202f;ᠶᠢᠨ ᠠᠰᠠᠭᠤᠯᠲᠠ᠂ ᠬᠠᠤᠯᠢ ᠵᠦᠢ&#x202f;ᠶᠢᠨ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ᠂ ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ᠂ ᠨᠣᠲᠠᠷᠢ ᠪᠠ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯ</translation>
    </message>
    <message>
        <location filename="../screens/attract.py" line="87"/>
        <source>Touch here to start</source>
        <translation>ᠡᠨᠳᠡ ᠬᠦᠷᠴᠦ ᠡᠬᠢᠯᠡ</translation>
    </message>
    <message>
        <location filename="../screens/attract.py" line="87"/>
        <source>Press OK to start</source>
        <translation>OK ᠲᠤᠪᠴᠢ ᠶᠢ ᠳᠠᠷᠤᠵᠤ ᠡᠬᠢᠯᠡ</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>Please check the appointment number on your booking paper: a character is wrong.</source>
        <translation>ᠴᠠᠭ ᠵᠠᠭᠠᠯᠲᠠ&#x202f;ᠶᠢᠨ ᠴᠠᠭᠠᠰᠤᠨ ᠳᠡᠭᠡᠷ᠎ᠡ&#x202f;ᠬᠢ ᠳᠤᠭᠠᠷ&#x202f;ᠢ ᠱᠠᠯᠭᠠᠭᠠᠷᠠᠢ᠄ ᠨᠢᠭᠡ ᠲᠡᠮᠳᠡᠭ ᠪᠤᠷᠤᠭᠤ ᠪᠠᠶᠢᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <source>No appointment with this number was booked at this terminal. Please check the number, or book a time.</source>
        <translation>ᠡᠨᠡ ᠳᠤᠭᠠᠷ&#x202f;ᠲᠠᠢ ᠴᠠᠭ ᠵᠠᠭᠠᠯᠲᠠ ᠡᠨᠡ ᠮᠠᠱᠢᠨ ᠳᠡᠭᠡᠷ᠎ᠡ ᠪᠠᠶᠢᠬᠤ ᠦᠭᠡᠢ᠃ ᠳᠤᠭᠠᠷ&#x202f;ᠢᠶᠠᠨ ᠱᠠᠯᠭᠠᠬᠤ ᠪᠤᠶᠤ ᠴᠠᠭ ᠵᠠᠭᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>Your appointment is at %1 with %2. You can check in from half an hour before. Please come back then, book another time, or ask for a call-back.</source>
        <translation>ᠲᠠᠨ&#x202f;ᠤ ᠴᠠᠭ ᠵᠠᠭᠠᠯᠲᠠ %1᠂ %2᠃ ᠴᠠᠭ&#x202f;ᠠᠴᠠ ᠬᠠᠭᠠᠰ ᠴᠠᠭ&#x202f;ᠤᠨ ᠡᠮᠦᠨ᠎ᠡ&#x202f;ᠡᠴᠡ ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃ ᠲᠡᠷᠡ ᠦᠶ᠎ᠡ&#x202f;ᠳᠦ ᠢᠷᠡᠬᠦ᠂ ᠥᠭᠡᠷ᠎ᠡ ᠴᠠᠭ ᠵᠠᠭᠠᠬᠤ᠂ ᠡᠰᠡᠪᠡᠰᠦ ᠬᠠᠷᠢᠵᠤ ᠤᠲᠠᠰᠤᠳᠠᠬᠤ&#x202f;ᠶᠢ ᠭᠤᠶᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>Your appointment at %1 with %2 is over. Please book another time, or ask for a call-back.</source>
        <translation>ᠲᠠᠨ&#x202f;ᠤ %1᠂ %2&#x202f;ᠲᠤ ᠵᠠᠭᠠᠭᠰᠠᠨ ᠴᠠᠭ ᠥᠨᠭᠭᠡᠷᠡᠪᠡ᠃ ᠥᠭᠡᠷ᠎ᠡ ᠴᠠᠭ ᠵᠠᠭᠠᠬᠤ ᠡᠰᠡᠪᠡᠰᠦ ᠬᠠᠷᠢᠵᠤ ᠤᠲᠠᠰᠤᠳᠠᠬᠤ&#x202f;ᠶᠢ ᠭᠤᠶᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>Your appointment at %1 with %2 is a mediation, held at the office, not by video.</source>
        <translation>ᠲᠠᠨ&#x202f;ᠤ %1᠂ %2&#x202f;ᠲᠤ ᠵᠠᠭᠠᠭᠰᠠᠨ ᠴᠠᠭ ᠨᠢ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯ᠂ ᠸᠢᠳᠡᠣ&#x202f;ᠪᠠᠷ ᠪᠢᠰᠢ᠂ ᠠᠵᠢᠯᠯᠠᠬᠤ ᠭᠠᠵᠠᠷ&#x202f;ᠲᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <source>This terminal cannot reach the service centre right now. Please call 12348, or ask for a call-back.</source>
        <translation>ᠡᠨᠡ ᠮᠠᠱᠢᠨ ᠣᠳᠣ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠲᠥᠪ&#x202f;ᠲᠡᠢ ᠬᠣᠯᠪᠠᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ ᠪᠠᠶᠢᠨ᠎ᠠ᠃ 12348&#x202f;ᠳᠤ ᠤᠲᠠᠰᠤᠳᠠᠬᠤ ᠪᠤᠶᠤ ᠬᠠᠷᠢᠵᠤ ᠤᠲᠠᠰᠤᠳᠠᠬᠤ&#x202f;ᠶᠢ ᠭᠤᠶᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>The check-in did not work just now. Please call 12348.</source>
        <translation>ᠣᠳᠣ ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠵᠦ ᠴᠢᠳᠠᠰᠠᠨ ᠦᠭᠡᠢ᠃ 12348&#x202f;ᠳᠤ ᠤᠲᠠᠰᠤᠳᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>Check in for your video appointment</source>
        <translation>ᠸᠢᠳᠡᠣ ᠴᠠᠭ ᠵᠠᠭᠠᠯᠲᠠ&#x202f;ᠳᠤ ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠬᠦ</translation>
    </message>
    <message>
        <source>Type the appointment number from your booking paper:</source>
        <translation>ᠴᠠᠭ ᠵᠠᠭᠠᠯᠲᠠ&#x202f;ᠶᠢᠨ ᠴᠠᠭᠠᠰᠤᠨ ᠳᠡᠭᠡᠷ᠎ᠡ&#x202f;ᠬᠢ ᠳᠤᠭᠠᠷ&#x202f;ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠄</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>ᠱᠠᠯᠭᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ…</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>ᠪᠦᠷᠢᠳᠬᠡᠭᠦᠯᠬᠦ</translation>
    </message>
    <message>
        <source>Book another time</source>
        <translation>ᠥᠭᠡᠷ᠎ᠡ ᠴᠠᠭ ᠵᠠᠭᠠᠬᠤ</translation>
    </message>
    <message>
        <source>Ask for a call-back</source>
        <translation>ᠬᠠᠷᠢᠵᠤ ᠤᠲᠠᠰᠤᠳᠠᠬᠤ&#x202f;ᠶᠢ ᠭᠤᠶᠤᠬᠤ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ᠪᠤᠴᠠᠬᠤ</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../screens/consent.py" line="41"/>
        <source>Before we read your documents</source>
        <translation>ᠲᠠᠨ&#x202f;ᠤ ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢ ᠤᠨᠭᠰᠢᠬᠤ&#x202f;ᠶᠢᠨ ᠡᠮᠦᠨ᠎ᠡ</translation>
    </message>
    <message>
        <location filename="../screens/consent.py" line="43"/>
        <source>We will read your name, ID number, sex, date of birth and address from your ID card or passport, or the ID number you type in.</source>
        <translation>ᠪᠢᠳᠡ ᠲᠠᠨ&#x202f;ᠤ ᠨᠡᠷ᠎ᠡ᠂ ᠦᠨᠡᠮᠯᠡᠬᠦ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠷ᠂ ᠬᠦᠢᠰ᠂ ᠲᠥᠷᠦᠭᠰᠡᠨ ᠡᠳᠦᠷ ᠪᠠ ᠬᠠᠶᠢᠭ&#x202f;ᠢ ᠦᠨᠡᠮᠯᠡᠬᠦ ᠪᠤᠶᠤ ᠫᠠᠰᠰᠫᠣᠷᠲ&#x202f;ᠠᠴᠠ᠂ ᠡᠰᠡᠪᠡᠰᠦ ᠲᠠᠨ&#x202f;ᠤ ᠪᠢᠴᠢᠭᠰᠡᠨ ᠳᠤᠭᠠᠷ&#x202f;ᠠᠴᠠ ᠤᠨᠭᠰᠢᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <location filename="../screens/consent.py" line="50"/>
        <source>We use them only to handle your request and send it to the legal service centre. Nothing is kept on this terminal after you finish.</source>
        <translation>ᠡᠳᠡ&#x202f;ᠶᠢ ᠵᠥᠪᠬᠡᠨ ᠲᠠᠨ&#x202f;ᠤ ᠭᠤᠶᠤᠯᠲᠠ&#x202f;ᠶᠢ ᠱᠢᠢᠳᠪᠦᠷᠢᠯᠡᠨ ᠬᠠᠤᠯᠢ ᠵᠦᠢ&#x202f;ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠲᠥᠪ&#x202f;ᠲᠦ ᠢᠯᠡᠭᠡᠬᠦ&#x202f;ᠳᠦ ᠠᠱᠢᠭᠯᠠᠨ᠎ᠠ᠃ ᠲᠠ ᠳᠤᠤᠰᠭᠠᠭᠰᠠᠨ&#x202f;ᠤ ᠳᠠᠷᠠᠭ᠎ᠠ ᠡᠨᠡ ᠮᠠᠱᠢᠨ ᠳᠡᠭᠡᠷ᠎ᠡ ᠶᠠᠭᠤ ᠴᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <location filename="../screens/consent.py" line="57"/>
        <source>This follows the Personal Information Protection Law. You may go back without giving any information.</source>
        <translation>ᠡᠨᠡ ᠨᠢ ᠬᠤᠪᠢ ᠬᠦᠮᠦᠨ&#x202f;ᠦ ᠮᠡᠳᠡᠭᠡᠯᠡᠯ&#x202f;ᠢ ᠬᠠᠮᠠᠭᠠᠯᠠᠬᠤ ᠬᠠᠤᠯᠢ&#x202f;ᠶᠢ ᠳᠠᠭᠠᠭᠰᠠᠨ ᠪᠣᠯᠠᠢ᠃ ᠲᠠ ᠶᠠᠮᠠᠷ ᠴᠤ ᠮᠡᠳᠡᠭᠡᠯᠡᠯ ᠥᠭᠬᠦ ᠦᠭᠡᠢ&#x202f;ᠪᠡᠷ ᠪᠤᠴᠠᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <location filename="../screens/consent.py" line="63"/>
        <source>I agree</source>
        <translation>ᠪᠢ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠪᠡ</translation>
    </message>
    <message>
        <location filename="../screens/consent.py" line="64"/>
        <source>Go back</source>
        <translation>ᠪᠤᠴᠠᠬᠤ</translation>
    </message>
</context>
<context>
    <name>Consultation</name>
    <message>
        <location filename="../flows/consultation.py" line="18"/>
        <source>Wages and work</source>
        <translation>ᠴᠠᠯᠢᠨᠭ ᠪᠠ ᠬᠥᠳᠡᠯᠮᠦᠷᠢ</translation>
    </message>
    <message>
        <location filename="../flows/consultation.py" line="19"/>
        <source>Marriage and family</source>
        <translation>ᠭᠡᠷᠯᠡᠯᠲᠡ ᠪᠠ ᠭᠡᠷ ᠪᠦᠯᠢ</translation>
    </message>
    <message>
        <location filename="../flows/consultation.py" line="20"/>
        <source>Neighbours</source>
        <translation>ᠬᠥᠷᠵᠢ ᠰᠠᠭᠤᠴᠢ&#x202f;ᠶᠢᠨ ᠮᠠᠷᠭᠤᠭᠠᠨ</translation>
    </message>
    <message>
        <location filename="../flows/consultation.py" line="21"/>
        <source>Traffic accidents</source>
        <translation>ᠵᠠᠮ ᠬᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ&#x202f;ᠶᠢᠨ ᠣᠳᠣᠷ</translation>
    </message>
    <message>
        <location filename="../flows/consultation.py" line="22"/>
        <source>Loans and debts</source>
        <translation>ᠵᠡᠭᠡᠯᠢ ᠪᠠ ᠥᠷ᠎ᠡ</translation>
    </message>
    <message>
        <location filename="../flows/consultation.py" line="23"/>
        <source>Land contracts</source>
        <translation>ᠭᠠᠵᠠᠷ&#x202f;ᠤᠨ ᠭᠡᠷ᠎ᠡ</translation>
    </message>
    <message>
        <location filename="../flows/consultation.py" line="24"/>
        <source>Legal aid</source>
        <translation>ᠬᠠᠤᠯᠢ ᠵᠦᠢ&#x202f;ᠶᠢᠨ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ</translation>
    </message>
    <message>
        <location filename="../flows/consultation.py" line="25"/>
        <source>Other questions</source>
        <translation>ᠪᠤᠰᠤᠳ ᠠᠰᠠᠭᠤᠳᠠᠯ</translation>
    </message>
    <message>
        <location filename="../flows/consultation.py" line="27"/>
        <source>No answer was found for these words. Try other words, choose a topic, or call 12348.</source>
        <translation>ᠡᠳᠡᠭᠡᠷ ᠦᠭᠡ&#x202f;ᠪᠡᠷ ᠬᠠᠷᠢᠭᠤ ᠣᠯᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠥᠭᠡᠷ᠎ᠡ ᠦᠭᠡ ᠪᠢᠴᠢᠬᠦ᠂ ᠰᠡᠳᠦᠪ ᠰᠣᠨᠭᠭᠣᠬᠤ᠂ ᠡᠰᠡᠪᠡᠰᠦ 12348&#x202f;ᠳᠤ ᠤᠲᠠᠰᠤᠳᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location filename="../flows/consultation.py" line="31"/>
        <source>The answers are not on this terminal yet. Please call 12348, or ask a lawyer to call you back.</source>
        <translation>ᠡᠨᠡ ᠮᠠᠱᠢᠨ ᠳᠡᠭᠡᠷ᠎ᠡ ᠬᠠᠷᠢᠭᠤ ᠣᠳᠣ&#x202f;ᠬᠤᠷ ᠦᠭᠡᠢ᠃ 12348&#x202f;ᠳᠤ ᠤᠲᠠᠰᠤᠳᠠᠬᠤ ᠪᠤᠶᠤ ᠬᠠᠤᠯᠢᠴᠢ&#x202f;ᠪᠠᠷ ᠲᠠᠨ&#x202f;ᠳᠤ ᠬᠠᠷᠢᠵᠤ ᠤᠲᠠᠰᠤᠳᠠᠬᠤ&#x202f;ᠶᠢ ᠭᠤᠶᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location filename="../flows/consultation.py" line="36"/>
        <source>Please type a few words about your question, for example 工资.</source>
        <translation>ᠠᠰᠠᠭᠤᠯᠲᠠ&#x202f;ᠪᠠᠨ ᠬᠡᠳᠦᠨ ᠦᠭᠡ&#x202f;ᠪᠡᠷ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠂ ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ 工资᠃</translation>
    </message>
    <message>
        <location filename="../screens/answer.py" line="85"/>
        <source>Read it to me</source>
        <translation>ᠨᠠᠳᠠ&#x202f;ᠳᠤ ᠤᠨᠭᠰᠢᠵᠤ ᠥᠭ</translation>
    </message>
    <message>
        <location filename="../screens/answer.py" line="86"/>
        <source>Ask a lawyer</source>
        <translation>ᠬᠠᠤᠯᠢᠴᠢ&#x202f;ᠠᠴᠠ ᠠᠰᠠᠭᠤᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/answer.py" line="87"/>
        <location filename="../screens/consult.py" line="138"/>
        <location filename="../screens/lawyer.py" line="114"/>
        <source>Back</source>
        <translation>ᠪᠤᠴᠠᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/answer.py" line="88"/>
        <location filename="../screens/lawyer.py" line="115"/>
        <source>Done</source>
        <translation>ᠳᠤᠤᠰᠭᠠᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/consult.py" line="114"/>
        <source>Ask a legal question</source>
        <translation>ᠬᠠᠤᠯᠢ ᠵᠦᠢ&#x202f;ᠶᠢᠨ ᠠᠰᠠᠭᠤᠯᠲᠠ ᠠᠰᠠᠭᠤᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/consult.py" line="116"/>
        <source>Type a few words, e.g. 工资 (pinyin: gongzi)</source>
        <translation>ᠬᠡᠳᠦᠨ ᠦᠭᠡ ᠪᠢᠴᠢ᠂ ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ 工资 (ᠫᠢᠨᠶᠢᠨ᠄ gongzi)</translation>
    </message>
    <message>
        <location filename="../screens/consult.py" line="118"/>
        <source>Search</source>
        <translation>ᠬᠠᠢᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/consult.py" line="119"/>
        <source>Or choose a topic:</source>
        <translation>ᠡᠰᠡᠪᠡᠰᠦ ᠰᠡᠳᠦᠪ ᠰᠣᠨᠭᠭᠣ᠄</translation>
    </message>
    <message>
        <location filename="../screens/consult.py" line="129"/>
        <source>Searching…</source>
        <translation>ᠬᠠᠢᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ…</translation>
    </message>
    <message>
        <location filename="../screens/consult.py" line="131"/>
        <source>Touch a question to read its answer:</source>
        <translation>ᠠᠰᠠᠭᠤᠯᠲᠠ ᠳᠡᠭᠡᠷ᠎ᠡ ᠬᠦᠷᠴᠦ ᠬᠠᠷᠢᠭᠤ&#x202f;ᠶᠢ ᠨᠢ ᠤᠨᠭᠰᠢ᠄</translation>
    </message>
    <message>
        <location filename="../screens/lawyer.py" line="88"/>
        <source>Talk to a lawyer</source>
        <translation>ᠬᠠᠤᠯᠢᠴᠢ&#x202f;ᠲᠠᠢ ᠶᠠᠷᠢᠯᠴᠠᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/lawyer.py" line="90"/>
        <source>Leave your phone number and a lawyer will call you back:</source>
        <translation>ᠤᠲᠠᠰᠤᠨ ᠳᠤᠭᠠᠷ&#x202f;ᠢᠶᠠᠨ ᠦᠯᠡᠳᠡᠭᠡᠪᠡᠯ ᠬᠠᠤᠯᠢᠴᠢ ᠲᠠᠨ&#x202f;ᠳᠤ ᠬᠠᠷᠢᠵᠤ ᠤᠲᠠᠰᠤᠳᠠᠨ᠎ᠠ᠄</translation>
    </message>
    <message>
        <location filename="../screens/lawyer.py" line="92"/>
        <source>Your phone number</source>
        <translation>ᠲᠠᠨ&#x202f;ᠤ ᠤᠲᠠᠰᠤᠨ ᠳᠤᠭᠠᠷ</translation>
    </message>
    <message>
        <location filename="../screens/lawyer.py" line="93"/>
        <source>Call me back</source>
        <translation>ᠨᠠᠳᠠ&#x202f;ᠳᠤ ᠬᠠᠷᠢᠵᠤ ᠤᠲᠠᠰᠤᠳᠠ</translation>
    </message>
    <message>
        <location filename="../screens/lawyer.py" line="98"/>
        <source>Request received (number %1). A lawyer will call you soon.</source>
        <translation>ᠭᠤᠶᠤᠯᠲᠠ&#x202f;ᠶᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠠ (ᠳᠤᠭᠠᠷ %1)᠃ ᠬᠠᠤᠯᠢᠴᠢ ᠲᠠᠨ&#x202f;ᠳᠤ ᠤᠳᠠᠯ ᠦᠭᠡᠢ ᠤᠲᠠᠰᠤᠳᠠᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <location filename="../screens/lawyer.py" line="106"/>
        <source>Video call with a lawyer</source>
        <translation>ᠬᠠᠤᠯᠢᠴᠢ&#x202f;ᠲᠠᠢ ᠸᠢᠳᠡᠣ&#x202f;ᠪᠠᠷ ᠶᠠᠷᠢᠯᠴᠠᠬᠤ</translation>
    </message>
    <message>
        <source>Leave your phone number first; then you can also talk to a lawyer by video now.</source>
        <translation>ᠤᠷᠢᠳ&#x202f;ᠢᠶᠠᠷ ᠤᠲᠠᠰᠤᠨ ᠳᠤᠭᠠᠷ&#x202f;ᠢᠶᠠᠨ ᠦᠯᠡᠳᠡᠭᠡᠭᠡᠷᠡᠢ᠄ ᠳᠠᠷᠠᠭ᠎ᠠ ᠨᠢ ᠣᠳᠣ ᠬᠠᠤᠯᠢᠴᠢ&#x202f;ᠲᠠᠢ ᠸᠢᠳᠡᠣ&#x202f;ᠪᠠᠷ ᠶᠠᠷᠢᠯᠴᠠᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <location filename="../screens/consult.py" line="131"/>
        <source>Choose a question with the arrow keys and press OK to read it:</source>
        <translation>ᠰᠤᠮᠤᠨ ᠲᠤᠪᠴᠢᠭᠤᠷ ᠢᠶᠠᠷ ᠠᠰᠠᠭᠤᠯᠲᠠ ᠰᠣᠩᠭᠣᠭᠠᠳ OK ᠲᠤᠪᠴᠢ ᠶᠢ ᠳᠠᠷᠤᠵᠤ ᠬᠠᠷᠢᠭᠤ ᠶᠢ ᠨᠢ ᠤᠨᠭᠰᠢ᠄</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../journeys.py" line="56"/>
        <source>The ID card reader is not working right now. You can type your ID number or scan your passport instead.</source>
        <translation>ᠦᠨᠡᠮᠯᠡᠬᠦ ᠤᠨᠭᠰᠢᠭᠤᠯᠤᠭᠴᠢ ᠣᠳᠣ ᠠᠵᠢᠯᠯᠠᠬᠤ ᠦᠭᠡᠢ ᠪᠠᠶᠢᠨ᠎ᠠ᠃ ᠦᠨᠡᠮᠯᠡᠬᠦ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠷ&#x202f;ᠢᠶᠠᠨ ᠪᠢᠴᠢᠬᠦ ᠪᠤᠶᠤ ᠫᠠᠰᠰᠫᠣᠷᠲ&#x202f;ᠢᠶᠠᠨ ᠰᠬᠠᠨᠡᠷᠳᠠᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <location filename="../journeys.py" line="61"/>
        <source>The card could not be read. Take it off, place it again and hold it still, or type your ID number.</source>
        <translation>ᠦᠨᠡᠮᠯᠡᠬᠦ&#x202f;ᠶᠢ ᠤᠨᠭᠰᠢᠵᠤ ᠴᠢᠳᠠᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠠᠪᠤᠭᠠᠳ ᠳᠠᠬᠢᠨ ᠲᠠᠪᠢᠵᠤ ᠬᠥᠳᠡᠯᠭᠡᠯ ᠦᠭᠡᠢ ᠪᠠᠷᠢᠭᠠᠷᠠᠢ᠂ ᠡᠰᠡᠪᠡᠰᠦ ᠦᠨᠡᠮᠯᠡᠬᠦ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠷ&#x202f;ᠢᠶᠠᠨ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃</translation>
    </message>
    <message>
        <location filename="../journeys.py" line="66"/>
        <source>Hold the photo page of your passport under the scanner…</source>
        <translation>ᠫᠠᠰᠰᠫᠣᠷᠲ&#x202f;ᠤᠨ ᠵᠢᠷᠤᠭ&#x202f;ᠲᠠᠢ ᠬᠠᠭᠤᠳᠠᠰᠤ&#x202f;ᠶᠢ ᠰᠬᠠᠨᠡᠷ&#x202f;ᠤᠨ ᠳᠣᠣᠷ᠎ᠠ ᠪᠠᠷᠢᠭᠠᠷᠠᠢ…</translation>
    </message>
    <message>
        <location filename="../journeys.py" line="70"/>
        <source>Your application could not be stored on this terminal. Nothing was sent. Please call 12348 or try again later.</source>
        <translation>ᠲᠠᠨ&#x202f;ᠤ ᠭᠤᠶᠤᠯᠲᠠ&#x202f;ᠶᠢ ᠡᠨᠡ ᠮᠠᠱᠢᠨ ᠳᠡᠭᠡᠷ᠎ᠡ ᠬᠠᠳᠠᠭᠠᠯᠠᠵᠤ ᠴᠢᠳᠠᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠶᠠᠭᠤ ᠴᠤ ᠢᠯᠡᠭᠡᠭᠳᠡᠭᠡ ᠦᠭᠡᠢ᠃ 12348&#x202f;ᠳᠤ ᠤᠲᠠᠰᠤᠳᠠᠬᠤ ᠪᠤᠶᠤ ᠬᠣᠶᠢᠨ᠎ᠠ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location filename="../journeys.py" line="75"/>
        <source>The passport could not be read. Try again with the photo page flat and still, or type your ID number.</source>
        <translation>ᠫᠠᠰᠰᠫᠣᠷᠲ&#x202f;ᠢ ᠤᠨᠭᠰᠢᠵᠤ ᠴᠢᠳᠠᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠵᠢᠷᠤᠭ&#x202f;ᠲᠠᠢ ᠬᠠᠭᠤᠳᠠᠰᠤ&#x202f;ᠶᠢ ᠲᠡᠭᠰᠢ᠂ ᠬᠥᠳᠡᠯᠭᠡᠯ ᠦᠭᠡᠢ ᠪᠠᠷᠢᠵᠤ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠬᠤ ᠪᠤᠶᠤ ᠦᠨᠡᠮᠯᠡᠬᠦ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠷ&#x202f;ᠢᠶᠠᠨ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃</translation>
    </message>
    <message>
        <location filename="../receipts.py" line="25"/>
        <source>The printer is out of paper.</source>
        <translation>ᠬᠡᠪᠯᠡᠭᠦᠷ&#x202f;ᠲᠦ ᠴᠠᠭᠠᠰᠤ ᠳᠠᠭᠤᠰᠪᠠ᠃</translation>
    </message>
    <message>
        <location filename="../receipts.py" line="26"/>
        <source>The printer is not working right now.</source>
        <translation>ᠬᠡᠪᠯᠡᠭᠦᠷ ᠣᠳᠣ ᠠᠵᠢᠯᠯᠠᠬᠤ ᠦᠭᠡᠢ ᠪᠠᠶᠢᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <location filename="../receipts.py" line="27"/>
        <source>The receipt could not be printed.</source>
        <translation>ᠲᠠᠰᠤᠯᠪᠤᠷᠢ&#x202f;ᠶᠢ ᠬᠡᠪᠯᠡᠵᠦ ᠴᠢᠳᠠᠰᠠᠨ ᠦᠭᠡᠢ᠃</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../controllers/documents.py" line="25"/>
        <source>Printed. Please take your document from the printer below the screen.</source>
        <translation>ᠬᠡᠪᠯᠡᠭᠳᠡᠪᠡ᠃ ᠳᠡᠯᠭᠡᠭᠡᠨ&#x202f;ᠦ ᠳᠣᠣᠷ᠎ᠠ&#x202f;ᠬᠢ ᠬᠡᠪᠯᠡᠭᠦᠷ&#x202f;ᠡᠴᠡ ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠪᠠᠨ ᠠᠪᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location filename="../controllers/documents.py" line="28"/>
        <source>The document could not be prepared. Please check the fields and try again.</source>
        <translation>ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢ ᠪᠡᠯᠡᠳᠬᠡᠵᠦ ᠴᠢᠳᠠᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠪᠥᠭᠡᠯᠡᠭᠰᠡᠨ ᠵᠦᠢᠯ&#x202f;ᠢᠶᠡᠨ ᠱᠠᠯᠭᠠᠭᠠᠳ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location filename="../flows/documents.py" line="20"/>
        <source>The document forms are not on this terminal yet. Please call 12348 or ask at the service hall.</source>
        <translation>ᠡᠨᠡ ᠮᠠᠱᠢᠨ ᠳᠡᠭᠡᠷ᠎ᠡ ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢᠨ ᠬᠡᠪ ᠣᠳᠣ&#x202f;ᠬᠤᠷ ᠦᠭᠡᠢ᠃ 12348&#x202f;ᠳᠤ ᠤᠲᠠᠰᠤᠳᠠᠬᠤ ᠪᠤᠶᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠲᠠᠨᠭᠬᠢᠮ&#x202f;ᠳᠤ ᠠᠰᠠᠭᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location filename="../flows/documents.py" line="25"/>
        <source>Please check the phone number: %1</source>
        <translation>ᠤᠲᠠᠰᠤᠨ ᠳᠤᠭᠠᠷ&#x202f;ᠢ ᠱᠠᠯᠭᠠᠭᠠᠷᠠᠢ᠄ %1</translation>
    </message>
    <message>
        <location filename="../flows/documents.py" line="26"/>
        <source>Please fill in: %1</source>
        <translation>ᠪᠥᠭᠡᠯᠡᠭᠡᠷᠡᠢ᠄ %1</translation>
    </message>
    <message>
        <location filename="../screens/doc_fill.py" line="93"/>
        <source> (optional)</source>
        <translation> (ᠳᠤᠷᠠᠪᠠᠷ)</translation>
    </message>
    <message>
        <location filename="../screens/doc_fill.py" line="149"/>
        <source>Fill in the fields with the keyboard below. What your ID card says is already filled in.</source>
        <translation>ᠳᠣᠣᠷ᠎ᠠ&#x202f;ᠬᠢ ᠳᠠᠷᠤᠭᠤᠯ&#x202f;ᠤᠨ ᠰᠠᠮᠪᠠᠷ&#x202f;ᠢᠶᠠᠷ ᠪᠥᠭᠡᠯᠡᠭᠡᠷᠡᠢ᠃ ᠦᠨᠡᠮᠯᠡᠬᠦ ᠳᠡᠭᠡᠷ᠎ᠡ&#x202f;ᠬᠢ ᠮᠡᠳᠡᠭᠡᠯᠡᠯ ᠨᠢᠭᠡᠨᠲᠡ ᠪᠥᠭᠡᠯᠡᠭᠳᠡᠭᠰᠡᠨ᠃</translation>
    </message>
    <message>
        <location filename="../screens/doc_fill.py" line="159"/>
        <source>See how it will print</source>
        <translation>ᠬᠡᠷᠬᠢᠨ ᠬᠡᠪᠯᠡᠭᠳᠡᠬᠦ&#x202f;ᠶᠢ ᠦᠵᠡᠬᠦ</translation>
    </message>
    <message>
        <location filename="../screens/doc_fill.py" line="161"/>
        <location filename="../screens/docs.py" line="70"/>
        <source>Back</source>
        <translation>ᠪᠤᠴᠠᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/doc_preview.py" line="97"/>
        <source>This is how your document will print</source>
        <translation>ᠲᠠᠨ&#x202f;ᠤ ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ ᠢᠨᠭᠭᠢᠵᠦ ᠬᠡᠪᠯᠡᠭᠳᠡᠨ᠎ᠡ</translation>
    </message>
    <message>
        <location filename="../screens/doc_preview.py" line="100"/>
        <source>Preparing the preview…</source>
        <translation>ᠤᠷᠢᠳᠴᠢᠯᠠᠨ ᠦᠵᠡᠬᠦ&#x202f;ᠶᠢ ᠪᠡᠯᠡᠳᠬᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ…</translation>
    </message>
    <message>
        <location filename="../screens/doc_preview.py" line="102"/>
        <source>Printing… please wait.</source>
        <translation>ᠬᠡᠪᠯᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ… ᠲᠦᠷ ᠬᠦᠯᠢᠶᠡᠭᠡᠷᠡᠢ᠃</translation>
    </message>
    <message>
        <location filename="../screens/doc_preview.py" line="106"/>
        <source>Print</source>
        <translation>ᠬᠡᠪᠯᠡᠬᠦ</translation>
    </message>
    <message>
        <location filename="../screens/doc_preview.py" line="109"/>
        <source>Done</source>
        <translation>ᠳᠤᠤᠰᠭᠠᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/doc_preview.py" line="111"/>
        <source>Change something</source>
        <translation>ᠵᠠᠰᠠᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/docs.py" line="61"/>
        <source>Fill in and print a document</source>
        <translation>ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ ᠪᠥᠭᠡᠯᠡᠵᠦ ᠬᠡᠪᠯᠡᠬᠦ</translation>
    </message>
    <message>
        <location filename="../screens/docs.py" line="62"/>
        <source>Touch the document you need:</source>
        <translation>ᠬᠡᠷᠡᠭᠲᠡᠢ ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠪᠠᠨ ᠰᠣᠨᠭᠭᠣᠭᠠᠷᠠᠢ᠄</translation>
    </message>
    <message>
        <location filename="../screens/docs.py" line="62"/>
        <source>Choose the document you need with the arrow keys and OK:</source>
        <translation>ᠰᠤᠮᠤᠨ ᠲᠤᠪᠴᠢᠭᠤᠷ ᠢᠶᠠᠷ ᠬᠡᠷᠡᠭᠲᠡᠢ ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ ᠪᠠᠨ ᠰᠣᠩᠭᠣᠭᠠᠳ OK ᠲᠤᠪᠴᠢ ᠶᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠄</translation>
    </message>
</context>
<context>
    <name>EndSession</name>
    <message>
        <location filename="../screens/end_session.py" line="39"/>
        <source>End your session?</source>
        <translation>ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠪᠡᠨ ᠳᠤᠤᠰᠭᠠᠬᠤ ᠤᠤ?</translation>
    </message>
    <message>
        <location filename="../screens/end_session.py" line="42"/>
        <source>Your information will be cleared from this terminal.</source>
        <translation>ᠲᠠᠨ&#x202f;ᠤ ᠮᠡᠳᠡᠭᠡᠯᠡᠯ&#x202f;ᠢ ᠡᠨᠡ ᠮᠠᠱᠢᠨ&#x202f;ᠠᠴᠠ ᠠᠷᠢᠯᠭᠠᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <location filename="../screens/end_session.py" line="45"/>
        <source>Yes, finish</source>
        <translation>ᠳᠤᠤᠰᠭᠠᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/end_session.py" line="46"/>
        <source>No, go back</source>
        <translation>ᠪᠤᠴᠠᠬᠤ</translation>
    </message>
</context>
<context>
    <name>FaceCheck</name>
    <message>
        <location filename="../flows/face_check.py" line="27"/>
        <source>Your face matches the photo. Thank you.</source>
        <translation>ᠲᠠᠨ&#x202f;ᠤ ᠴᠢᠷᠠᠢ ᠵᠢᠷᠤᠭ&#x202f;ᠲᠠᠢ ᠲᠣᠬᠢᠷᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ᠃ ᠪᠠᠶᠠᠷᠯᠠᠯ᠎ᠠ᠃</translation>
    </message>
    <message>
        <location filename="../flows/face_check.py" line="28"/>
        <source>Your face does not match the photo. Take off glasses or a hat, look straight at the camera and try again.</source>
        <translation>ᠲᠠᠨ&#x202f;ᠤ ᠴᠢᠷᠠᠢ ᠵᠢᠷᠤᠭ&#x202f;ᠲᠠᠢ ᠲᠣᠬᠢᠷᠠᠬᠤ ᠦᠭᠡᠢ ᠪᠠᠶᠢᠨ᠎ᠠ᠃ ᠨᠢᠳᠦᠨ&#x202f;ᠦ ᠱᠢᠯ ᠪᠤᠶᠤ ᠮᠠᠯᠠᠭ᠎ᠠ&#x202f;ᠪᠠᠨ ᠠᠪᠴᠤ᠂ ᠬᠠᠮᠡᠷ&#x202f;ᠢ ᠱᠤᠯᠤᠨ ᠬᠠᠷᠠᠭᠠᠳ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location filename="../flows/face_check.py" line="33"/>
        <source>No face was seen. Stand in front of the screen, look at the camera and try again.</source>
        <translation>ᠴᠢᠷᠠᠢ ᠬᠠᠷᠠᠭᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠳᠡᠯᠭᠡᠭᠡᠨ&#x202f;ᠦ ᠡᠮᠦᠨ᠎ᠡ ᠵᠣᠭᠰᠣᠵᠤ᠂ ᠬᠠᠮᠡᠷ&#x202f;ᠢ ᠬᠠᠷᠠᠭᠠᠳ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location filename="../flows/face_check.py" line="37"/>
        <source>The camera is not working right now. You can continue without a face check.</source>
        <translation>ᠬᠠᠮᠡᠷ ᠣᠳᠣ ᠠᠵᠢᠯᠯᠠᠬᠤ ᠦᠭᠡᠢ ᠪᠠᠶᠢᠨ᠎ᠠ᠃ ᠴᠢᠷᠠᠢ ᠱᠠᠯᠭᠠᠬᠤ ᠦᠭᠡᠢ&#x202f;ᠪᠡᠷ ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <location filename="../flows/face_check.py" line="41"/>
        <source>The photo on your document could not be read, so your face is not checked. You can continue.</source>
        <translation>ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ ᠳᠡᠭᠡᠷ᠎ᠡ&#x202f;ᠬᠢ ᠵᠢᠷᠤᠭ&#x202f;ᠢ ᠤᠨᠭᠰᠢᠵᠤ ᠴᠢᠳᠠᠰᠠᠨ ᠦᠭᠡᠢ ᠲᠤᠯᠠ ᠴᠢᠷᠠᠢ ᠱᠠᠯᠭᠠᠬᠤ ᠦᠭᠡᠢ᠃ ᠲᠠ ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <location filename="../flows/face_check.py" line="45"/>
        <source>The face check did not succeed. You can continue; staff will check your identity.</source>
        <translation>ᠴᠢᠷᠠᠢ ᠱᠠᠯᠭᠠᠯᠲᠠ ᠠᠮᠵᠢᠯᠲᠠ ᠦᠭᠡᠢ ᠪᠣᠯᠪᠠ᠃ ᠲᠠ ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠂ ᠠᠵᠢᠯᠲᠠᠨ ᠲᠠᠨ&#x202f;ᠤ ᠪᠡᠶ᠎ᠡ&#x202f;ᠶᠢ ᠱᠠᠯᠭᠠᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <location filename="../screens/face_check.py" line="95"/>
        <source>Face check</source>
        <translation>ᠴᠢᠷᠠᠢ&#x202f;ᠶᠢ ᠤᠯᠬᠠᠵᠤ ᠱᠠᠯᠭᠠᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/face_check.py" line="98"/>
        <source>Look at the camera above the screen. We compare your face with the photo on your ID card.</source>
        <translation>ᠳᠡᠯᠭᠡᠭᠡᠨ&#x202f;ᠦ ᠳᠡᠭᠡᠷ᠎ᠡ&#x202f;ᠬᠢ ᠬᠠᠮᠡᠷ&#x202f;ᠢ ᠬᠠᠷᠠᠭᠠᠷᠠᠢ᠃ ᠲᠠᠨ&#x202f;ᠤ ᠴᠢᠷᠠᠢ&#x202f;ᠶᠢ ᠦᠨᠡᠮᠯᠡᠬᠦ ᠳᠡᠭᠡᠷ᠎ᠡ&#x202f;ᠬᠢ ᠵᠢᠷᠤᠭ&#x202f;ᠲᠠᠢ ᠬᠠᠷᠢᠴᠠᠭᠤᠯᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <location filename="../screens/face_check.py" line="104"/>
        <source>Look at the camera above the screen. We compare your face with the photo in your passport.</source>
        <translation>ᠳᠡᠯᠭᠡᠭᠡᠨ&#x202f;ᠦ ᠳᠡᠭᠡᠷ᠎ᠡ&#x202f;ᠬᠢ ᠬᠠᠮᠡᠷ&#x202f;ᠢ ᠬᠠᠷᠠᠭᠠᠷᠠᠢ᠃ ᠲᠠᠨ&#x202f;ᠤ ᠴᠢᠷᠠᠢ&#x202f;ᠶᠢ ᠫᠠᠰᠰᠫᠣᠷᠲ ᠳᠡᠭᠡᠷ᠎ᠡ&#x202f;ᠬᠢ ᠵᠢᠷᠤᠭ&#x202f;ᠲᠠᠢ ᠬᠠᠷᠢᠴᠠᠭᠤᠯᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <location filename="../screens/face_check.py" line="112"/>
        <source>The face check is your choice. The camera picture is compared on this terminal only and is not kept or sent.</source>
        <translation>ᠴᠢᠷᠠᠢ&#x202f;ᠶᠢ ᠱᠠᠯᠭᠠᠬᠤ ᠡᠰᠡᠬᠦ&#x202f;ᠶᠢ ᠲᠠ ᠥᠪᠡᠷ᠎ᠡ ᠱᠢᠢᠳᠦᠨ᠎ᠡ᠃ ᠬᠠᠮᠡᠷ&#x202f;ᠤᠨ ᠵᠢᠷᠤᠭ ᠵᠥᠪᠬᠡᠨ ᠡᠨᠡ ᠮᠠᠱᠢᠨ ᠳᠡᠭᠡᠷ᠎ᠡ ᠬᠠᠷᠢᠴᠠᠭᠤᠯᠠᠭᠳᠠᠵᠤ᠂ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠬᠤ ᠪᠠ ᠢᠯᠡᠭᠡᠭᠳᠡᠬᠦ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <location filename="../screens/face_check.py" line="119"/>
        <source>Checking, please keep looking at the camera…</source>
        <translation>ᠱᠠᠯᠭᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ᠂ ᠬᠠᠮᠡᠷ&#x202f;ᠢ ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠨ ᠬᠠᠷᠠᠭᠠᠷᠠᠢ…</translation>
    </message>
    <message>
        <location filename="../screens/face_check.py" line="121"/>
        <source>When you are ready, touch “Check my face”.</source>
        <translation>ᠪᠡᠯᠡᠨ ᠪᠣᠯᠤᠭᠰᠠᠨ&#x202f;ᠤ ᠳᠠᠷᠠᠭ᠎ᠠ “ᠮᠢᠨᠤ ᠴᠢᠷᠠᠢ&#x202f;ᠶᠢ ᠱᠠᠯᠭᠠ”&#x202f;ᠶᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location filename="../screens/face_check.py" line="134"/>
        <source>How we know it is you: %1</source>
        <translation>ᠲᠠᠨ&#x202f;ᠢ ᠬᠡᠨ ᠪᠣᠯᠬᠤ&#x202f;ᠶᠢ ᠲᠠᠨᠢᠭᠰᠠᠨ ᠠᠷᠭ᠎ᠠ᠄ %1</translation>
    </message>
    <message>
        <location filename="../screens/face_check.py" line="139"/>
        <source>Check my face</source>
        <translation>ᠮᠢᠨᠤ ᠴᠢᠷᠠᠢ&#x202f;ᠶᠢ ᠱᠠᠯᠭᠠ</translation>
    </message>
    <message>
        <location filename="../screens/face_check.py" line="141"/>
        <source>Try again</source>
        <translation>ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/face_check.py" line="147"/>
        <source>Continue</source>
        <translation>ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠬᠦ</translation>
    </message>
    <message>
        <location filename="../screens/face_check.py" line="149"/>
        <source>Continue without face check</source>
        <translation>ᠴᠢᠷᠠᠢ ᠱᠠᠯᠭᠠᠬᠤ ᠦᠭᠡᠢ&#x202f;ᠪᠡᠷ ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠬᠦ</translation>
    </message>
    <message>
        <location filename="../screens/face_check.py" line="152"/>
        <source>Back</source>
        <translation>ᠪᠤᠴᠠᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/face_check.py" line="121"/>
        <source>When you are ready, go to “Check my face” and press OK.</source>
        <translation>ᠪᠡᠯᠡᠨ ᠪᠣᠯᠤᠭᠰᠠᠨ ᠤ ᠳᠠᠷᠠᠭ᠎ᠠ “ᠮᠢᠨᠤ ᠴᠢᠷᠠᠢ ᠶᠢ ᠱᠠᠯᠭᠠ” ᠶᠢ ᠰᠣᠩᠭᠣᠭᠠᠳ OK ᠲᠤᠪᠴᠢ ᠶᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <location filename="../screens/home.py" line="54"/>
        <source>How can we help you?</source>
        <translation>ᠪᠢᠳᠡ ᠲᠠᠨ&#x202f;ᠳᠤ ᠶᠠᠭᠤ&#x202f;ᠪᠠᠷ ᠲᠤᠰᠠᠯᠠᠬᠤ ᠪᠤᠢ?</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="57"/>
        <source>Choose a service with the arrow keys and press OK</source>
        <translation>ᠰᠤᠮᠤᠨ ᠲᠤᠪᠴᠢᠭᠤᠷ&#x202f;ᠢᠶᠠᠷ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠰᠣᠩᠭᠣᠭᠠᠳ OK ᠲᠤᠪᠴᠢ&#x202f;ᠶᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="55"/>
        <source>Touch a service to begin</source>
        <translation>ᠨᠢᠭᠡᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢ ᠰᠣᠨᠭᠭᠣᠵᠤ ᠡᠬᠢᠯᠡ</translation>
    </message>
    <message>
        <location filename="../screens/home.py" line="61"/>
        <source>Finish and clear my information</source>
        <translation>ᠳᠤᠤᠰᠭᠠᠵᠤ ᠮᠢᠨᠤ ᠮᠡᠳᠡᠭᠡᠯᠡᠯ&#x202f;ᠢ ᠠᠷᠢᠯᠭᠠ</translation>
    </message>
</context>
<context>
    <name>Hotline</name>
    <message>
        <location filename="../screens/hotline.py" line="85"/>
        <source>12348 public legal service hotline</source>
        <translation>12348 ᠣᠯᠠᠨ ᠨᠡᠶᠢᠲᠡ&#x202f;ᠶᠢᠨ ᠬᠠᠤᠯᠢ ᠵᠦᠢ&#x202f;ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠤᠲᠠᠰᠤ</translation>
    </message>
    <message>
        <location filename="../screens/hotline.py" line="88"/>
        <source>Call %1 from any phone, free of charge, to talk to a lawyer.</source>
        <translation>ᠶᠠᠮᠠᠷ ᠴᠤ ᠤᠲᠠᠰᠤ&#x202f;ᠪᠠᠷ %1 ᠳᠤᠭᠠᠷ&#x202f;ᠲᠤ ᠦᠨᠡᠭᠦᠢ ᠤᠲᠠᠰᠤᠳᠠᠵᠤ ᠬᠠᠤᠯᠢᠴᠢ&#x202f;ᠲᠠᠢ ᠶᠠᠷᠢᠯᠴᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location filename="../screens/hotline.py" line="93"/>
        <source>Or leave your phone number and the hotline will call you:</source>
        <translation>ᠡᠰᠡᠪᠡᠰᠦ ᠤᠲᠠᠰᠤᠨ ᠳᠤᠭᠠᠷ&#x202f;ᠢᠶᠠᠨ ᠦᠯᠡᠳᠡᠭᠡᠪᠡᠯ ᠤᠲᠠᠰᠤ&#x202f;ᠪᠠᠷ ᠲᠠᠨ&#x202f;ᠳᠤ ᠬᠠᠷᠢᠵᠤ ᠤᠲᠠᠰᠤᠳᠠᠨ᠎ᠠ᠄</translation>
    </message>
    <message>
        <location filename="../screens/hotline.py" line="95"/>
        <source>Your phone number</source>
        <translation>ᠲᠠᠨ&#x202f;ᠤ ᠤᠲᠠᠰᠤᠨ ᠳᠤᠭᠠᠷ</translation>
    </message>
    <message>
        <location filename="../screens/hotline.py" line="96"/>
        <source>Call me back</source>
        <translation>ᠨᠠᠳᠠ&#x202f;ᠳᠤ ᠬᠠᠷᠢᠵᠤ ᠤᠲᠠᠰᠤᠳᠠ</translation>
    </message>
    <message>
        <location filename="../screens/hotline.py" line="102"/>
        <source>Request received (number %1). The hotline will call you soon.</source>
        <translation>ᠭᠤᠶᠤᠯᠲᠠ&#x202f;ᠶᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠠ (ᠳᠤᠭᠠᠷ %1)᠃ ᠤᠲᠠᠰᠤ&#x202f;ᠪᠠᠷ ᠲᠠᠨ&#x202f;ᠳᠤ ᠤᠳᠠᠯ ᠦᠭᠡᠢ ᠬᠠᠷᠢᠵᠤ ᠤᠲᠠᠰᠤᠳᠠᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <location filename="../screens/hotline.py" line="109"/>
        <source>Done</source>
        <translation>ᠳᠤᠤᠰᠭᠠᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/hotline.py" line="110"/>
        <source>Back</source>
        <translation>ᠪᠤᠴᠠᠬᠤ</translation>
    </message>
</context>
<context>
    <name>Identify</name>
    <message>
        <location filename="../flows/identity.py" line="33"/>
        <source>Read from the ID card</source>
        <translation>ᠦᠨᠡᠮᠯᠡᠬᠦ&#x202f;ᠡᠴᠡ ᠤᠨᠭᠰᠢᠪᠠ</translation>
    </message>
    <message>
        <location filename="../flows/identity.py" line="34"/>
        <source>Read from the ID card, face matches the card photo</source>
        <translation>ᠦᠨᠡᠮᠯᠡᠬᠦ&#x202f;ᠡᠴᠡ ᠤᠨᠭᠰᠢᠪᠠ᠂ ᠴᠢᠷᠠᠢ ᠨᠢ ᠦᠨᠡᠮᠯᠡᠬᠦ&#x202f;ᠶᠢᠨ ᠵᠢᠷᠤᠭ&#x202f;ᠲᠠᠢ ᠲᠣᠬᠢᠷᠠᠪᠠ</translation>
    </message>
    <message>
        <location filename="../flows/identity.py" line="37"/>
        <source>Read from the passport, face matches the passport photo</source>
        <translation>ᠫᠠᠰᠰᠫᠣᠷᠲ&#x202f;ᠠᠴᠠ ᠤᠨᠭᠰᠢᠪᠠ᠂ ᠴᠢᠷᠠᠢ ᠨᠢ ᠫᠠᠰᠰᠫᠣᠷᠲ&#x202f;ᠤᠨ ᠵᠢᠷᠤᠭ&#x202f;ᠲᠠᠢ ᠲᠣᠬᠢᠷᠠᠪᠠ</translation>
    </message>
    <message>
        <location filename="../flows/identity.py" line="40"/>
        <source>ID number typed in (not verified)</source>
        <translation>ᠦᠨᠡᠮᠯᠡᠬᠦ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠷ&#x202f;ᠢ ᠭᠠᠷ&#x202f;ᠢᠶᠠᠷ ᠪᠢᠴᠢᠪᠡ (ᠱᠠᠯᠭᠠᠭᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ)</translation>
    </message>
    <message>
        <location filename="../flows/identity.py" line="41"/>
        <source>Read from the passport</source>
        <translation>ᠫᠠᠰᠰᠫᠣᠷᠲ&#x202f;ᠠᠴᠠ ᠤᠨᠭᠰᠢᠪᠠ</translation>
    </message>
    <message>
        <location filename="../flows/identity.py" line="76"/>
        <source>Only digits, and X as the last character</source>
        <translation>ᠵᠥᠪᠬᠡᠨ ᠲᠣᠭ᠎ᠠ ᠪᠢᠴᠢ᠂ ᠰᠡᠭᠦᠯ&#x202f;ᠦᠨ ᠣᠷᠣᠨ&#x202f;ᠳᠤ X ᠪᠠᠶᠢᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ</translation>
    </message>
    <message>
        <location filename="../flows/identity.py" line="77"/>
        <source>The first two digits do not name a province: please check them</source>
        <translation>ᠡᠬᠢᠨ&#x202f;ᠦ ᠬᠣᠶᠠᠷ ᠣᠷᠣᠨ ᠨᠢ ᠮᠤᠵᠢ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠷ ᠪᠢᠰᠢ᠄ ᠱᠠᠯᠭᠠᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <location filename="../flows/identity.py" line="80"/>
        <source>Digits 7 to 14 must be your date of birth</source>
        <translation>7&#x202f;ᠠᠴᠠ 14 ᠳᠦᠭᠡᠷ ᠣᠷᠣᠨ ᠨᠢ ᠲᠠᠨ&#x202f;ᠤ ᠲᠥᠷᠦᠭᠰᠡᠨ ᠡᠳᠦᠷ ᠪᠠᠶᠢᠬᠤ ᠶᠣᠰᠣᠲᠠᠢ</translation>
    </message>
    <message>
        <location filename="../flows/identity.py" line="81"/>
        <source>This number is not valid: a digit may be mistyped, please check it</source>
        <translation>ᠡᠨᠡ ᠳᠤᠭᠠᠷ ᠪᠤᠷᠤᠭᠤ᠄ ᠨᠢᠭᠡ ᠲᠣᠭ᠎ᠠ ᠪᠤᠷᠤᠭᠤ ᠪᠢᠴᠢᠭᠳᠡᠭᠰᠡᠨ ᠪᠠᠶᠢᠵᠤ ᠮᠡᠳᠡᠨ᠎ᠡ᠂ ᠱᠠᠯᠭᠠᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <location filename="../flows/identity.py" line="84"/>
        <source>%1 more characters to type</source>
        <translation>ᠪᠠᠰᠠ %1 ᠣᠷᠣᠨ ᠪᠢᠴᠢᠬᠦ ᠬᠡᠷᠡᠭᠲᠡᠢ</translation>
    </message>
    <message>
        <location filename="../flows/identity.py" line="85"/>
        <source>The number is valid</source>
        <translation>ᠳᠤᠭᠠᠷ ᠵᠥᠪ ᠪᠠᠶᠢᠨ᠎ᠠ</translation>
    </message>
    <message>
        <location filename="../screens/identify.py" line="141"/>
        <source>Show who you are</source>
        <translation>ᠲᠠ ᠬᠡᠨ ᠪᠣᠯᠬᠤ&#x202f;ᠪᠠᠨ ᠦᠵᠦᠭᠦᠯ</translation>
    </message>
    <message>
        <location filename="../screens/identify.py" line="143"/>
        <source>Place your ID card on the reader below the screen</source>
        <translation>ᠦᠨᠡᠮᠯᠡᠬᠦ&#x202f;ᠪᠡᠨ ᠳᠡᠯᠭᠡᠭᠡᠨ&#x202f;ᠦ ᠳᠣᠣᠷᠠ&#x202f;ᠬᠢ ᠤᠨᠭᠰᠢᠭᠤᠯᠤᠭᠴᠢ ᠳᠡᠭᠡᠷ᠎ᠡ ᠲᠠᠪᠢ</translation>
    </message>
    <message>
        <location filename="../screens/identify.py" line="150"/>
        <source>Reading your card, please keep it on the reader…</source>
        <translation>ᠤᠨᠭᠰᠢᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ᠂ ᠦᠨᠡᠮᠯᠡᠬᠦ&#x202f;ᠪᠡᠨ ᠪᠢᠲᠡᠭᠡᠢ ᠠᠪᠤᠭᠠᠷᠠᠢ…</translation>
    </message>
    <message>
        <location filename="../screens/identify.py" line="154"/>
        <source>Or choose another way:</source>
        <translation>ᠡᠰᠡᠪᠡᠰᠦ ᠥᠪᠡᠷ᠎ᠡ ᠠᠷᠭ᠎ᠠ ᠰᠣᠨᠭᠭᠣ᠄</translation>
    </message>
    <message>
        <location filename="../screens/identify.py" line="156"/>
        <source>Type my ID number</source>
        <translation>ᠳᠤᠭᠠᠷ ᠪᠢᠴᠢᠬᠦ</translation>
    </message>
    <message>
        <location filename="../screens/identify.py" line="157"/>
        <source>Scan my passport</source>
        <translation>ᠫᠠᠰᠰᠫᠣᠷᠲ ᠰᠬᠠᠨᠡᠷᠳᠠᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/identify.py" line="159"/>
        <source>18-character ID number</source>
        <translation>18 ᠣᠷᠣᠨ&#x202f;ᠲᠠᠢ ᠦᠨᠡᠮᠯᠡᠬᠦ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠷ</translation>
    </message>
    <message>
        <location filename="../screens/identify.py" line="161"/>
        <source>Use this number</source>
        <translation>ᠡᠨᠡ ᠳᠤᠭᠠᠷ&#x202f;ᠢ ᠠᠱᠢᠭᠯᠠᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/identify.py" line="168"/>
        <source>Identified: %1 (%2)</source>
        <translation>ᠱᠠᠯᠭᠠᠭᠳᠠᠪᠠ᠄ %1 (%2)</translation>
    </message>
    <message>
        <location filename="../screens/identify.py" line="172"/>
        <source>Continue</source>
        <translation>ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠬᠦ</translation>
    </message>
    <message>
        <location filename="../screens/identify.py" line="174"/>
        <source>Back</source>
        <translation>ᠪᠤᠴᠠᠬᠤ</translation>
    </message>
    <message>
        <source>The document could not be read twice. Please try this: lay the page flat (press the booklet open), move it into the light, away from glare and shadow, and hold it still until the screen changes.</source>
        <translation>ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢ ᠬᠣᠶᠠᠷ ᠤᠳᠠᠭ᠎ᠠ ᠤᠨᠭᠰᠢᠵᠤ ᠴᠢᠳᠠᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠢᠨᠭᠭᠢᠵᠦ ᠦᠵᠡᠭᠡᠷᠡᠢ᠄ ᠬᠠᠭᠤᠳᠠᠰᠤ&#x202f;ᠶᠢ ᠲᠡᠭᠰᠢ ᠳᠡᠯᠭᠡᠵᠦ (ᠳᠡᠪᠲᠡᠷ&#x202f;ᠢ ᠳᠠᠷᠤᠵᠤ ᠨᠡᠭᠡᠭᠡᠭᠡᠳ)᠂ ᠭᠡᠷᠡᠯ&#x202f;ᠲᠡᠢ ᠭᠠᠵᠠᠷ ᠠᠪᠠᠴᠢᠵᠤ᠂ ᠭᠢᠯᠪᠠᠯᠵᠠᠭ᠎ᠠ ᠪᠠ ᠰᠡᠭᠦᠳᠡᠷ&#x202f;ᠡᠴᠡ ᠵᠠᠶᠠᠯᠠᠭᠤᠯᠵᠤ᠂ ᠳᠡᠯᠭᠡᠭᠡᠨ ᠬᠤᠪᠢᠷᠠᠬᠤ ᠬᠦᠷᠲᠡᠯ᠎ᠡ ᠬᠥᠳᠡᠯᠭᠡᠯ ᠦᠭᠡᠢ ᠪᠠᠷᠢᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>Type my ID number instead</source>
        <translation>ᠣᠷᠣᠨ&#x202f;ᠳᠤ ᠨᠢ ᠳᠤᠭᠠᠷ&#x202f;ᠢᠶᠠᠨ ᠪᠢᠴᠢᠬᠦ</translation>
    </message>
    <message>
        <source>Ask for a call-back</source>
        <translation>ᠬᠠᠷᠢᠵᠤ ᠤᠲᠠᠰᠤᠳᠠᠬᠤ&#x202f;ᠶᠢ ᠭᠤᠶᠤᠬᠤ</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <location filename="../screens/idle_warning.py" line="62"/>
        <source>Are you still there?</source>
        <translation>ᠲᠠ ᠡᠨᠳᠡ ᠪᠠᠶᠢᠨ᠎ᠠ ᠤᠤ?</translation>
    </message>
    <message>
        <location filename="../screens/idle_warning.py" line="65"/>
        <source>To protect your privacy, your information will be cleared in %1 seconds.</source>
        <translation>ᠲᠠᠨ&#x202f;ᠤ ᠨᠢᠭᠤᠴᠠ&#x202f;ᠶᠢ ᠬᠠᠮᠠᠭᠠᠯᠠᠬᠤ&#x202f;ᠶᠢᠨ ᠲᠤᠯᠠᠳᠠ ᠲᠠᠨ&#x202f;ᠤ ᠮᠡᠳᠡᠭᠡᠯᠡᠯ %1 ᠰᠡᠬᠤᠨᠳ&#x202f;ᠤᠨ ᠳᠠᠷᠠᠭ᠎ᠠ ᠠᠷᠢᠯᠭᠠᠭᠳᠠᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <location filename="../screens/idle_warning.py" line="69"/>
        <source>Continue</source>
        <translation>ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠬᠦ</translation>
    </message>
    <message>
        <location filename="../screens/idle_warning.py" line="70"/>
        <source>Finish now</source>
        <translation>ᠣᠳᠣ ᠳᠤᠤᠰᠭᠠᠬᠤ</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../screens/keypad.py" line="37"/>
        <source>Delete</source>
        <translation>ᠬᠠᠰᠤᠬᠤ</translation>
    </message>
</context>
<context>
    <name>LegalAid</name>
    <message>
        <location filename="../flows/legal_aid.py" line="27"/>
        <source>Is your household income below the local minimum living standard?</source>
        <translation>ᠲᠠᠨ&#x202f;ᠤ ᠭᠡᠷ ᠪᠦᠯᠢ&#x202f;ᠶᠢᠨ ᠣᠷᠤᠯᠭ᠎ᠠ ᠨᠤᠲᠤᠭ&#x202f;ᠤᠨ ᠠᠮᠢᠵᠢᠭᠠᠨ&#x202f;ᠤ ᠬᠠᠮᠤᠭ ᠳᠤᠤᠷ᠎ᠠ ᠪᠠᠲᠤᠯᠠᠮᠵᠢ&#x202f;ᠶᠢᠨ ᠬᠡᠮᠵᠢᠶ᠎ᠡ&#x202f;ᠡᠴᠡ ᠳᠣᠣᠷ᠎ᠠ ᠤᠤ?</translation>
    </message>
    <message>
        <location filename="../flows/legal_aid.py" line="33"/>
        <source>Did the matter happen in this county or city?</source>
        <translation>ᠡᠨᠡ ᠬᠡᠷᠡᠭ ᠡᠨᠡ ᠰᠢᠶᠠᠨ ᠪᠤᠶᠤ ᠬᠣᠲᠠ&#x202f;ᠳᠤ ᠭᠠᠷᠤᠭᠰᠠᠨ ᠤᠤ?</translation>
    </message>
    <message>
        <location filename="../flows/legal_aid.py" line="37"/>
        <source>Do you have no lawyer for this matter yet?</source>
        <translation>ᠲᠠ ᠡᠨᠡ ᠬᠡᠷᠡᠭ&#x202f;ᠲᠦ ᠣᠳᠣ&#x202f;ᠬᠤᠷ ᠬᠠᠤᠯᠢᠴᠢ ᠦᠭᠡᠢ ᠤᠤ?</translation>
    </message>
    <message>
        <location filename="../screens/aid_details.py" line="66"/>
        <source>Your phone number and your case</source>
        <translation>ᠤᠲᠠᠰᠤᠨ ᠳᠤᠭᠠᠷ ᠪᠠ ᠬᠡᠷᠡᠭ&#x202f;ᠦᠨ ᠪᠠᠶᠢᠳᠠᠯ</translation>
    </message>
    <message>
        <location filename="../screens/aid_details.py" line="67"/>
        <source>Phone number (staff will call you):</source>
        <translation>ᠤᠲᠠᠰᠤᠨ ᠳᠤᠭᠠᠷ (ᠠᠵᠢᠯᠲᠠᠨ ᠲᠠᠨ&#x202f;ᠳᠤ ᠤᠲᠠᠰᠤᠳᠠᠨ᠎ᠠ)᠄</translation>
    </message>
    <message>
        <location filename="../screens/aid_details.py" line="69"/>
        <source>What happened? Use the keyboard below (pinyin):</source>
        <translation>ᠶᠠᠭᠤ ᠪᠣᠯᠤᠭᠰᠠᠨ ᠪᠤᠢ? ᠳᠣᠣᠷ᠎ᠠ&#x202f;ᠬᠢ ᠳᠠᠷᠤᠭᠤᠯ&#x202f;ᠤᠨ ᠰᠠᠮᠪᠠᠷ&#x202f;ᠢᠶᠠᠷ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ (ᠫᠢᠨᠶᠢᠨ)᠄</translation>
    </message>
    <message>
        <location filename="../screens/aid_details.py" line="73"/>
        <source>Please check the phone number.</source>
        <translation>ᠤᠲᠠᠰᠤᠨ ᠳᠤᠭᠠᠷ&#x202f;ᠢ ᠱᠠᠯᠭᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location filename="../screens/aid_details.py" line="75"/>
        <source>Describe your case in a few words (at least 5).</source>
        <translation>ᠬᠡᠷᠡᠭ&#x202f;ᠦᠨ ᠪᠠᠶᠢᠳᠠᠯ&#x202f;ᠢᠶᠠᠨ ᠬᠡᠳᠦᠨ ᠦᠭᠡ&#x202f;ᠪᠡᠷ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ (ᠠᠳᠠᠭ ᠨᠢ 5 ᠦᠰᠦᠭ)᠃</translation>
    </message>
    <message>
        <location filename="../screens/aid_details.py" line="77"/>
        <source>When you are done, touch Next.</source>
        <translation>ᠪᠢᠴᠢᠵᠦ ᠳᠠᠭᠤᠰᠭᠠᠭᠠᠳ “ᠳᠠᠷᠠᠭ᠎ᠠ ᠠᠯᠬᠤᠮ”&#x202f;ᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location filename="../screens/aid_details.py" line="79"/>
        <location filename="../screens/aid_photos.py" line="210"/>
        <location filename="../screens/aid_questions.py" line="108"/>
        <source>Next</source>
        <translation>ᠳᠠᠷᠠᠭ᠎ᠠ ᠠᠯᠬᠤᠮ</translation>
    </message>
    <message>
        <location filename="../screens/aid_details.py" line="81"/>
        <location filename="../screens/aid_photos.py" line="212"/>
        <location filename="../screens/aid_questions.py" line="110"/>
        <source>Back</source>
        <translation>ᠪᠤᠴᠠᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/aid_photos.py" line="167"/>
        <source>Photos of your documents (optional)</source>
        <translation>ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢᠨ ᠵᠢᠷᠤᠭ (ᠳᠤᠷᠠᠪᠠᠷ)</translation>
    </message>
    <message>
        <location filename="../screens/aid_photos.py" line="169"/>
        <source>Hold a document, such as a contract or a pay slip, in front of the camera and touch “Take photo”.</source>
        <translation>ᠭᠡᠷ᠎ᠡ ᠪᠤᠶᠤ ᠴᠠᠯᠢᠨᠭ&#x202f;ᠤᠨ ᠪᠢᠴᠢᠭ ᠮᠡᠲᠦ ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢ ᠬᠠᠮᠡᠷ&#x202f;ᠤᠨ ᠡᠮᠦᠨ᠎ᠡ ᠪᠠᠷᠢᠭᠠᠳ “ᠵᠢᠷᠤᠭ ᠠᠪᠬᠤ”&#x202f;ᠶᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location filename="../screens/aid_photos.py" line="177"/>
        <source>The camera is not working right now. You can go on without photos.</source>
        <translation>ᠬᠠᠮᠡᠷ ᠣᠳᠣ ᠠᠵᠢᠯᠯᠠᠬᠤ ᠦᠭᠡᠢ ᠪᠠᠶᠢᠨ᠎ᠠ᠃ ᠵᠢᠷᠤᠭ ᠠᠪᠬᠤ ᠦᠭᠡᠢ&#x202f;ᠪᠡᠷ ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <location filename="../screens/aid_photos.py" line="183"/>
        <source>%1 of %2 photos</source>
        <translation>ᠵᠢᠷᠤᠭ᠄ %1 / %2</translation>
    </message>
    <message>
        <location filename="../screens/aid_photos.py" line="191"/>
        <source>Check the photo: can you read the writing? Keep it or retake it.</source>
        <translation>ᠵᠢᠷᠤᠭ&#x202f;ᠢ ᠦᠵᠡᠭᠡᠷᠡᠢ᠄ ᠪᠢᠴᠢᠭ ᠨᠢ ᠲᠣᠳᠤ ᠤᠤ? ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ ᠪᠤᠶᠤ ᠳᠠᠬᠢᠨ ᠠᠪᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location filename="../screens/aid_photos.py" line="196"/>
        <source>Taking the photo…</source>
        <translation>ᠵᠢᠷᠤᠭ ᠠᠪᠴᠤ ᠪᠠᠶᠢᠨ᠎ᠠ…</translation>
    </message>
    <message>
        <location filename="../screens/aid_photos.py" line="198"/>
        <source>Take photo</source>
        <translation>ᠵᠢᠷᠤᠭ ᠠᠪᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/aid_photos.py" line="203"/>
        <source> (the most you can add)</source>
        <translation> (ᠳᠡᠭᠡᠳᠦ ᠬᠢᠵᠠᠭᠠᠷ&#x202f;ᠲᠤ ᠬᠦᠷᠪᠡ)</translation>
    </message>
    <message>
        <location filename="../screens/aid_photos.py" line="204"/>
        <source>Keep this photo</source>
        <translation>ᠡᠨᠡ ᠵᠢᠷᠤᠭ&#x202f;ᠢ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/aid_photos.py" line="206"/>
        <source>Retake</source>
        <translation>ᠳᠠᠬᠢᠨ ᠠᠪᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/aid_photos.py" line="209"/>
        <source>Delete</source>
        <translation>ᠬᠠᠰᠤᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/aid_questions.py" line="83"/>
        <source>Apply for legal aid</source>
        <translation>ᠬᠠᠤᠯᠢ ᠵᠦᠢ&#x202f;ᠶᠢᠨ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/aid_questions.py" line="88"/>
        <source>Applicant: %1 %2 (%3)</source>
        <translation>ᠭᠤᠶᠤᠭᠴᠢ᠄ %1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../screens/aid_questions.py" line="96"/>
        <source>Yes</source>
        <translation>ᠲᠡᠢᠮᠦ</translation>
    </message>
    <message>
        <location filename="../screens/aid_questions.py" line="97"/>
        <source>No</source>
        <translation>ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <location filename="../screens/aid_questions.py" line="100"/>
        <source>You may not qualify, but you can still apply: staff at the legal aid centre decide.</source>
        <translation>ᠲᠠ ᠪᠠᠶᠢᠳᠠᠯ ᠬᠠᠨᠭᠭᠠᠬᠤ ᠦᠭᠡᠢ ᠪᠠᠶᠢᠵᠤ ᠮᠡᠳᠡᠨ᠎ᠡ᠂ ᠭᠡᠪᠡᠴᠦ ᠭᠤᠶᠤᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠄ ᠬᠠᠤᠯᠢ ᠵᠦᠢ&#x202f;ᠶᠢᠨ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ&#x202f;ᠶᠢᠨ ᠲᠥᠪ&#x202f;ᠦᠨ ᠠᠵᠢᠯᠲᠠᠨ ᠱᠢᠢᠳᠪᠦᠷᠢᠯᠡᠨ᠎ᠡ᠃</translation>
    </message>
    <message>
        <location filename="../screens/aid_questions.py" line="107"/>
        <source>Answer each question with Yes or No.</source>
        <translation>ᠠᠰᠠᠭᠤᠯᠲᠠ ᠪᠦᠷᠢ&#x202f;ᠳᠦ “ᠲᠡᠢᠮᠦ” ᠪᠤᠶᠤ “ᠦᠭᠡᠢ” ᠭᠡᠵᠦ ᠬᠠᠷᠢᠭᠤᠯᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location filename="../screens/aid_review.py" line="52"/>
        <source>Check and submit</source>
        <translation>ᠱᠠᠯᠭᠠᠭᠠᠳ ᠢᠯᠡᠭᠡᠬᠦ</translation>
    </message>
    <message>
        <location filename="../screens/aid_review.py" line="58"/>
        <source>Applicant:</source>
        <translation>ᠭᠤᠶᠤᠭᠴᠢ᠄</translation>
    </message>
    <message>
        <location filename="../screens/aid_review.py" line="59"/>
        <source>Phone:</source>
        <translation>ᠤᠲᠠᠰᠤ᠄</translation>
    </message>
    <message>
        <location filename="../screens/aid_review.py" line="64"/>
        <source>Your case:</source>
        <translation>ᠬᠡᠷᠡᠭ&#x202f;ᠦᠨ ᠪᠠᠶᠢᠳᠠᠯ᠄</translation>
    </message>
    <message>
        <location filename="../screens/aid_review.py" line="66"/>
        <source>Photos of documents: %1</source>
        <translation>ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢᠨ ᠵᠢᠷᠤᠭ᠄ %1</translation>
    </message>
    <message>
        <location filename="../screens/aid_review.py" line="73"/>
        <source>Submit my application</source>
        <translation>ᠭᠤᠶᠤᠯᠲᠠ&#x202f;ᠪᠠᠨ ᠢᠯᠡᠭᠡᠬᠦ</translation>
    </message>
    <message>
        <location filename="../screens/aid_review.py" line="74"/>
        <source>Change</source>
        <translation>ᠵᠠᠰᠠᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/aid_details.py" line="77"/>
        <source>When you are done, go to Next and press OK.</source>
        <translation>ᠪᠢᠴᠢᠵᠦ ᠳᠠᠭᠤᠰᠭᠠᠭᠠᠳ “ᠳᠠᠷᠠᠭ᠎ᠠ ᠠᠯᠬᠤᠮ” ᠢ ᠰᠣᠩᠭᠣᠭᠠᠳ OK ᠲᠤᠪᠴᠢ ᠶᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location filename="../screens/aid_photos.py" line="169"/>
        <source>Hold a document, such as a contract or a pay slip, in front of the camera, go to “Take photo” and press OK.</source>
        <translation>ᠭᠡᠷ᠎ᠡ ᠪᠤᠶᠤ ᠴᠠᠯᠢᠨᠭ ᠤᠨ ᠪᠢᠴᠢᠭ ᠮᠡᠲᠦ ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ ᠶᠢ ᠬᠠᠮᠡᠷ ᠤᠨ ᠡᠮᠦᠨ᠎ᠡ ᠪᠠᠷᠢᠭᠠᠳ “ᠵᠢᠷᠤᠭ ᠠᠪᠬᠤ” ᠶᠢ ᠰᠣᠩᠭᠣᠭᠠᠳ OK ᠲᠤᠪᠴᠢ ᠶᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
</context>
<context>
    <name>Mediation</name>
    <message>
        <source>The agreement is ready: read and sign it</source>
        <translation>ᠬᠡᠯᠡᠯᠴᠡᠭᠡᠷ ᠪᠡᠯᠡᠨ ᠪᠣᠯᠪᠠ᠄ ᠤᠨᠭᠰᠢᠭᠠᠳ ᠭᠠᠷ ᠤᠰᠤᠭ ᠵᠢᠷᠤᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>The agreement was changed: read it and sign again</source>
        <translation>ᠬᠡᠯᠡᠯᠴᠡᠭᠡᠷ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠭᠳᠡᠪᠡ᠄ ᠤᠨᠭᠰᠢᠭᠠᠳ ᠳᠠᠬᠢᠨ ᠭᠠᠷ ᠤᠰᠤᠭ ᠵᠢᠷᠤᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>You signed the agreement: see who else has signed</source>
        <translation>ᠲᠠ ᠬᠡᠯᠡᠯᠴᠡᠭᠡᠷ&#x202f;ᠲᠦ ᠭᠠᠷ ᠤᠰᠤᠭ ᠵᠢᠷᠤᠭᠰᠠᠨ᠄ ᠪᠤᠰᠤᠳ&#x202f;ᠤᠨ ᠭᠠᠷ ᠤᠰᠤᠭ&#x202f;ᠢ ᠦᠵᠡᠬᠦ</translation>
    </message>
    <message>
        <source>Everyone signed: the agreement is sealed and your copy is printed</source>
        <translation>ᠪᠦᠬᠦ ᠲᠠᠯ ᠭᠠᠷ ᠤᠰᠤᠭ ᠵᠢᠷᠤᠭᠰᠠᠨ᠄ ᠬᠡᠯᠡᠯᠴᠡᠭᠡᠷ&#x202f;ᠲᠦ ᠲᠠᠮᠠᠭ᠎ᠠ ᠳᠠᠷᠤᠭᠳᠠᠵᠤ᠂ ᠲᠠᠨ&#x202f;ᠤ ᠬᠤᠪᠢ ᠬᠡᠪᠯᠡᠭᠳᠡᠪᠡ</translation>
    </message>
    <message>
        <source>%1: signed</source>
        <translation>%1᠄ ᠭᠠᠷ ᠤᠰᠤᠭ ᠵᠢᠷᠤᠭᠰᠠᠨ</translation>
    </message>
    <message>
        <source>%1: not signed yet</source>
        <translation>%1᠄ ᠭᠠᠷ ᠤᠰᠤᠭ ᠵᠢᠷᠤᠭᠠᠳᠤᠢ</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (ᠲᠠ)</translation>
    </message>
    <message>
        <source>The mediation agreement</source>
        <translation>ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯ&#x202f;ᠦᠨ ᠬᠡᠯᠡᠯᠴᠡᠭᠡᠷ</translation>
    </message>
    <message>
        <source>The service cannot be reached right now. Please try again in a moment.</source>
        <translation>ᠣᠳᠣ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠲᠥᠪ&#x202f;ᠲᠡᠢ ᠬᠣᠯᠪᠠᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ ᠪᠠᠶᠢᠨ᠎ᠠ᠃ ᠲᠦᠷ ᠬᠦᠯᠢᠶᠡᠭᠡᠳ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>No QR code was read. Hold the slip flat under the scanner, or type the code.</source>
        <translation>ᠬᠣᠶᠠᠷ ᠬᠡᠮᠵᠢᠶᠡᠰᠦᠲᠦ ᠺᠣᠳ ᠤᠩᠰᠢᠭᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠴᠠᠭᠠᠰᠤ&#x202f;ᠪᠠᠨ ᠰᠬᠠᠨᠧᠷ&#x202f;ᠤᠨ ᠳᠣᠣᠷ᠎ᠠ ᠲᠡᠭᠰᠢ ᠲᠠᠯᠪᠢᠬᠤ ᠪᠤᠶᠤ ᠺᠣᠳ&#x202f;ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃</translation>
    </message>
    <message>
        <source>The code has 8 characters: the digits 2 to 9 and the letters A to Z without I, L and O. Please check the code on your invitation slip.</source>
        <translation>ᠺᠣᠳ ᠨᠢ 8 ᠲᠡᠮᠳᠡᠭ᠄ 2&#x202f;ᠠᠴᠠ 9 ᠬᠦᠷᠲᠡᠯᠡᠬᠢ ᠲᠣᠭ᠎ᠠ ᠪᠠ I᠂ L᠂ O&#x202f;ᠠᠴᠠ ᠪᠤᠰᠤᠳ A&#x202f;ᠠᠴᠠ Z ᠬᠦᠷᠲᠡᠯᠡᠬᠢ ᠦᠰᠦᠭ᠃ ᠤᠷᠢᠯᠭ᠎ᠠ&#x202f;ᠶᠢᠨ ᠴᠠᠭᠠᠰᠤᠨ ᠳᠡᠭᠡᠷᠡᠬᠢ ᠺᠣᠳ&#x202f;ᠢ ᠱᠠᠯᠭᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>party</source>
        <translation>ᠲᠠᠯ</translation>
    </message>
    <message>
        <source>other party</source>
        <translation>ᠨᠥᠭᠥᠭᠡ ᠲᠠᠯ</translation>
    </message>
    <message>
        <source>mediator</source>
        <translation>ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠭᠴᠢ</translation>
    </message>
    <message>
        <source>The mediator has muted your microphone. The others cannot hear you.</source>
        <translation>ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠭᠴᠢ ᠲᠠᠨ&#x202f;ᠤ ᠮᠢᠬᠷᠣᠹᠣᠨ&#x202f;ᠢ ᠬᠠᠭᠠᠪᠠ᠃ ᠪᠤᠰᠤᠳ ᠲᠠᠨ&#x202f;ᠢ ᠰᠣᠨᠣᠰᠬᠤ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <source>The mediator is talking alone with the other party. Please wait: you will be back together soon.</source>
        <translation>ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠭᠴᠢ ᠨᠥᠭᠥᠭᠡ ᠲᠠᠯ&#x202f;ᠲᠠᠢ ᠭᠠᠭᠴᠠᠭᠠᠷ ᠶᠠᠷᠢᠯᠴᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ᠃ ᠲᠦᠷ ᠬᠦᠯᠢᠶᠡᠭᠡᠷᠡᠢ᠄ ᠲᠠ ᠳᠠᠬᠢᠨ ᠬᠠᠮᠲᠤ ᠶᠠᠷᠢᠯᠴᠠᠬᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <source>You are in a private talk with the mediator. The other party cannot see or hear it.</source>
        <translation>ᠲᠠ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠭᠴᠢ&#x202f;ᠲᠠᠢ ᠭᠠᠭᠴᠠᠭᠠᠷ ᠶᠠᠷᠢᠯᠴᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ᠃ ᠨᠥᠭᠥᠭᠡ ᠲᠠᠯ ᠦᠵᠡᠬᠦ ᠰᠣᠨᠣᠰᠬᠤ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <source>The mediator has ended your part in the call.</source>
        <translation>ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠭᠴᠢ ᠲᠠᠨ&#x202f;ᠤ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ&#x202f;ᠶᠢ ᠳᠠᠭᠤᠰᠭᠠᠪᠠ᠃</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(muted)</source>
        <translation>(ᠳᠠᠭᠤ ᠬᠠᠭᠠᠭᠰᠠᠨ)</translation>
    </message>
    <message>
        <source>Mediation call</source>
        <translation>ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯ&#x202f;ᠦᠨ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ</translation>
    </message>
    <message>
        <source>Waiting for the others to join…</source>
        <translation>ᠪᠤᠰᠤᠳ&#x202f;ᠢ ᠣᠷᠣᠬᠤ&#x202f;ᠶᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ…</translation>
    </message>
    <message>
        <source>You</source>
        <translation>ᠲᠠ</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>ᠬᠣᠯᠪᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ…</translation>
    </message>
    <message>
        <source>Paused during the private talk</source>
        <translation>ᠭᠠᠭᠴᠠᠭᠠᠷ ᠶᠠᠷᠢᠯᠴᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ᠃ ᠲᠦᠷ ᠬᠦᠯᠢᠶᠡᠭᠡᠷᠡᠢ᠃</translation>
    </message>
    <message>
        <source>Leave the call</source>
        <translation>ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ&#x202f;ᠠᠴᠠ ᠭᠠᠷᠬᠤ</translation>
    </message>
    <message>
        <source>Join the mediation you were invited to</source>
        <translation>ᠤᠷᠢᠭᠰᠠᠨ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯ&#x202f;ᠳᠤ ᠣᠷᠣᠬᠤ</translation>
    </message>
    <message>
        <source>Type the 8-character code from your invitation slip, or hold the slip&apos;s QR code to the scanner:</source>
        <translation>ᠤᠷᠢᠯᠭ᠎ᠠ&#x202f;ᠶᠢᠨ ᠴᠠᠭᠠᠰᠤᠨ ᠳᠡᠭᠡᠷᠡᠬᠢ 8 ᠲᠡᠮᠳᠡᠭ&#x202f;ᠲᠦ ᠺᠣᠳ&#x202f;ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠂ ᠡᠰᠡᠪᠡᠯ ᠬᠣᠶᠠᠷ ᠬᠡᠮᠵᠢᠶᠡᠰᠦᠲᠦ ᠺᠣᠳ&#x202f;ᠢ ᠰᠬᠠᠨᠧᠷ&#x202f;ᠲᠤ ᠦᠵᠡᠭᠦᠯᠦᠭᠡᠷᠡᠢ᠄</translation>
    </message>
    <message>
        <source>Type the 8-character code from your invitation slip:</source>
        <translation>ᠤᠷᠢᠯᠭ᠎ᠠ&#x202f;ᠶᠢᠨ ᠴᠠᠭᠠᠰᠤᠨ ᠳᠡᠭᠡᠷᠡᠬᠢ 8 ᠲᠡᠮᠳᠡᠭ&#x202f;ᠲᠦ ᠺᠣᠳ&#x202f;ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠄</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>ᠱᠠᠯᠭᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ…</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>ᠣᠷᠣᠬᠤ</translation>
    </message>
    <message>
        <source>Scan the QR code on the slip</source>
        <translation>ᠴᠠᠭᠠᠰᠤᠨ ᠳᠡᠭᠡᠷᠡᠬᠢ ᠬᠣᠶᠠᠷ ᠬᠡᠮᠵᠢᠶᠡᠰᠦᠲᠦ ᠺᠣᠳ&#x202f;ᠢ ᠰᠬᠠᠨᠡᠷᠳᠠᠬᠤ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ᠪᠤᠴᠠᠬᠤ</translation>
    </message>
    <message>
        <source>Before you join the mediation</source>
        <translation>ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯ&#x202f;ᠳᠤ ᠣᠷᠣᠬᠤ&#x202f;ᠶᠢᠨ ᠡᠮᠦᠨ᠎ᠡ</translation>
    </message>
    <message>
        <source>You join a video call with the mediator and the other party. They see and hear you through this terminal&apos;s camera and microphone, and they see your name and that your ID card was read here.</source>
        <translation>ᠲᠠ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠭᠴᠢ ᠪᠠ ᠨᠥᠭᠥᠭᠡ ᠲᠠᠯ&#x202f;ᠲᠠᠢ ᠸᠢᠳᠡᠣ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ&#x202f;ᠳᠤ ᠣᠷᠣᠨ᠎ᠠ᠃ ᠲᠡᠳᠡ ᠲᠠᠨ&#x202f;ᠢ ᠡᠨᠡ ᠮᠠᠱᠢᠨ&#x202f;ᠤ ᠬᠠᠮᠡᠷ ᠪᠠ ᠮᠢᠬᠷᠣᠹᠣᠨ&#x202f;ᠢᠶᠠᠷ ᠦᠵᠡᠵᠦ ᠰᠣᠨᠣᠰᠴᠤ᠂ ᠲᠠᠨ&#x202f;ᠤ ᠨᠡᠷ᠎ᠡ ᠪᠠ ᠦᠨᠡᠮᠯᠡᠬᠦ&#x202f;ᠶᠢ ᠡᠨᠳᠡ ᠤᠩᠰᠢᠭᠰᠠᠨ&#x202f;ᠢ ᠦᠵᠡᠨ᠎ᠡ᠃</translation>
    </message>
    <message>
        <source>The call is recorded and kept with the mediation file of the township mediation committee.</source>
        <translation>ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ&#x202f;ᠶᠢ ᠪᠢᠴᠢᠵᠦ ᠠᠪᠴᠤ᠂ ᠰᠤᠮᠤᠨ&#x202f;ᠤ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠬᠦ ᠵᠥᠪᠯᠡᠯ&#x202f;ᠦᠨ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯ&#x202f;ᠦᠨ ᠬᠠᠪᠲᠠᠰᠤ&#x202f;ᠳᠤ ᠬᠠᠳᠠᠭᠠᠯᠠᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <source>The mediator may talk with each side alone for a while. The other side cannot see or hear that talk.</source>
        <translation>ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠭᠴᠢ ᠲᠠᠯ ᠪᠦᠷᠢ&#x202f;ᠲᠠᠢ ᠲᠦᠷ ᠭᠠᠭᠴᠠᠭᠠᠷ ᠶᠠᠷᠢᠯᠴᠠᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃ ᠨᠥᠭᠥᠭᠡ ᠲᠠᠯ ᠲᠡᠷᠡ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ&#x202f;ᠶᠢ ᠦᠵᠡᠬᠦ ᠰᠣᠨᠣᠰᠬᠤ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <source>You can leave the call at any time: touch Leave the call.</source>
        <translation>ᠲᠠ ᠬᠡᠵᠢᠶᠡ ᠴᠤ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ&#x202f;ᠠᠴᠠ ᠭᠠᠷᠴᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠄ 《ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ&#x202f;ᠠᠴᠠ ᠭᠠᠷᠬᠤ》&#x202f;ᠶᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>I agree, join the call</source>
        <translation>ᠪᠢ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠪᠡ᠂ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ&#x202f;ᠳᠤ ᠣᠷᠣᠬᠤ</translation>
    </message>
</context>
<context>
    <name>PrintProblem</name>
    <message>
        <location filename="../screens/print_problem.py" line="42"/>
        <source>Scan this QR code with your phone: it opens the progress page of your application, with its tracking number.</source>
        <translation>ᠡᠨᠡ ᠬᠣᠶᠠᠷ ᠬᠡᠮᠵᠢᠶᠡᠰᠦᠲᠦ ᠺᠣᠳ&#x202f;ᠢ ᠭᠠᠷ ᠤᠲᠠᠰᠤ&#x202f;ᠪᠠᠷ ᠰᠬᠠᠨᠡᠷᠳᠠᠭᠠᠷᠠᠢ᠄ ᠲᠠᠨ&#x202f;ᠤ ᠭᠤᠶᠤᠯᠲᠠ&#x202f;ᠶᠢᠨ ᠶᠠᠪᠤᠴᠠ&#x202f;ᠶᠢᠨ ᠨᠢᠭᠤᠷ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠲᠠ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠷ&#x202f;ᠲᠠᠢ&#x202f;ᠭᠠᠨ ᠨᠡᠭᠡᠭᠡᠭᠳᠡᠨ᠎ᠡ᠃</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../controllers/progress.py" line="20"/>
        <source>No tracking number was found in that code. Please type the number instead.</source>
        <translation>ᠡᠨᠡ ᠺᠣᠳ&#x202f;ᠲᠤ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠲᠠ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠷ ᠦᠭᠡᠢ ᠪᠠᠶᠢᠨ᠎ᠠ᠃ ᠳᠤᠭᠠᠷ&#x202f;ᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃</translation>
    </message>
    <message>
        <location filename="../flows/progress.py" line="27"/>
        <source>No application matches this number and these four digits. Please check both and try again, or call 12348.</source>
        <translation>ᠡᠨᠡ ᠳᠤᠭᠠᠷ ᠪᠠ ᠡᠳᠡᠭᠡᠷ ᠳᠥᠷᠪᠡᠨ ᠣᠷᠣᠨ&#x202f;ᠲᠠᠢ ᠲᠣᠬᠢᠷᠠᠬᠤ ᠭᠤᠶᠤᠯᠲᠠ ᠣᠯᠳᠠᠭᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠬᠣᠶᠠᠭᠤᠯᠠ&#x202f;ᠶᠢ ᠨᠢ ᠱᠠᠯᠭᠠᠭᠠᠳ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠬᠤ ᠪᠤᠶᠤ 12348&#x202f;ᠳᠤ ᠤᠲᠠᠰᠤᠳᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location filename="../flows/progress.py" line="32"/>
        <source>This terminal cannot reach the service centre right now, so progress cannot be looked up. Please call 12348, or try again later.</source>
        <translation>ᠡᠨᠡ ᠮᠠᠱᠢᠨ ᠣᠳᠣ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠲᠥᠪ&#x202f;ᠲᠡᠢ ᠬᠣᠯᠪᠠᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ ᠲᠤᠯᠠ ᠶᠠᠪᠤᠴᠠ&#x202f;ᠶᠢ ᠠᠰᠠᠭᠤᠵᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃ 12348&#x202f;ᠳᠤ ᠤᠲᠠᠰᠤᠳᠠᠬᠤ ᠪᠤᠶᠤ ᠬᠣᠶᠢᠨ᠎ᠠ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location filename="../flows/progress.py" line="37"/>
        <source>Progress could not be looked up just now. Please call 12348.</source>
        <translation>ᠣᠳᠣ ᠶᠠᠪᠤᠴᠠ&#x202f;ᠶᠢ ᠠᠰᠠᠭᠤᠵᠤ ᠴᠢᠳᠠᠰᠠᠨ ᠦᠭᠡᠢ᠃ 12348&#x202f;ᠳᠤ ᠤᠲᠠᠰᠤᠳᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location filename="../flows/progress.py" line="43"/>
        <source>Legal aid application</source>
        <translation>ᠬᠠᠤᠯᠢ ᠵᠦᠢ&#x202f;ᠶᠢᠨ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ&#x202f;ᠶᠢᠨ ᠭᠤᠶᠤᠯᠲᠠ</translation>
    </message>
    <message>
        <location filename="../flows/progress.py" line="44"/>
        <source>Legal consultation</source>
        <translation>ᠬᠠᠤᠯᠢ ᠵᠦᠢ&#x202f;ᠶᠢᠨ ᠵᠥᠪᠯᠡᠭᠡ</translation>
    </message>
    <message>
        <location filename="../flows/progress.py" line="45"/>
        <source>Notarisation appointment</source>
        <translation>ᠨᠣᠲᠠᠷᠢ&#x202f;ᠶᠢᠨ ᠴᠠᠭ ᠵᠠᠭᠠᠯᠲᠠ</translation>
    </message>
    <message>
        <location filename="../flows/progress.py" line="46"/>
        <source>Mediation appointment</source>
        <translation>ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯ&#x202f;ᠦᠨ ᠴᠠᠭ ᠵᠠᠭᠠᠯᠲᠠ</translation>
    </message>
    <message>
        <location filename="../flows/progress.py" line="47"/>
        <source>Call-back from the 12348 hotline</source>
        <translation>12348 ᠤᠲᠠᠰᠤ&#x202f;ᠪᠠᠷ ᠬᠠᠷᠢᠵᠤ ᠤᠲᠠᠰᠤᠳᠠᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="131"/>
        <source>How is my application going?</source>
        <translation>ᠮᠢᠨᠤ ᠭᠤᠶᠤᠯᠲᠠ ᠶᠠᠮᠠᠷ ᠪᠠᠶᠢᠳᠠᠯ&#x202f;ᠲᠠᠢ ᠪᠠᠶᠢᠨ᠎ᠠ ᠪᠤᠢ?</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="133"/>
        <source>1. Your tracking number (on your receipt):</source>
        <translation>1. ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠲᠠ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠷ (ᠲᠠᠰᠤᠯᠪᠤᠷᠢ ᠳᠡᠭᠡᠷ᠎ᠡ ᠪᠠᠶᠢᠭ᠎ᠠ)᠄</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="137"/>
        <source>Or hold the receipt&apos;s QR code under the scanner</source>
        <translation>ᠡᠰᠡᠪᠡᠰᠦ ᠲᠠᠰᠤᠯᠪᠤᠷᠢ&#x202f;ᠶᠢᠨ ᠺᠣᠳ&#x202f;ᠢ ᠰᠬᠠᠨᠡᠷᠳᠠ</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="140"/>
        <source>2. The last four characters of your ID number:</source>
        <translation>2. ᠦᠨᠡᠮᠯᠡᠬᠦ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠷ&#x202f;ᠤᠨ ᠰᠡᠭᠦᠯ&#x202f;ᠦᠨ ᠳᠥᠷᠪᠡᠨ ᠣᠷᠣᠨ᠄</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="144"/>
        <source>Looking up…</source>
        <translation>ᠠᠰᠠᠭᠤᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ…</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="146"/>
        <source>Show progress</source>
        <translation>ᠶᠠᠪᠤᠴᠠ&#x202f;ᠶᠢ ᠦᠵᠡᠬᠦ</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="153"/>
        <source>Ask the 12348 hotline to call me back</source>
        <translation>12348 ᠨᠠᠳᠠ&#x202f;ᠳᠤ ᠬᠠᠷᠢᠵᠤ ᠤᠲᠠᠰᠤᠳᠠᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="156"/>
        <source>Done</source>
        <translation>ᠳᠤᠤᠰᠭᠠᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="157"/>
        <source>Back</source>
        <translation>ᠪᠤᠴᠠᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="166"/>
        <source>Please check the tracking number: a character is wrong.</source>
        <translation>ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠲᠠ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠷ&#x202f;ᠢ ᠱᠠᠯᠭᠠᠭᠠᠷᠠᠢ᠄ ᠨᠢᠭᠡ ᠲᠡᠮᠳᠡᠭ ᠪᠤᠷᠤᠭᠤ ᠪᠠᠶᠢᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <location filename="../screens/progress.py" line="173"/>
        <source>%1: %2. Handled by %3.</source>
        <translation>%1᠄ %2᠃ ᠱᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠪᠠᠶᠢᠭᠤᠯᠤᠭ᠎ᠠ᠄ %3᠃</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <location filename="../flows/feedback.py" line="14"/>
        <source>Very unhappy</source>
        <translation>ᠮᠠᠰᠢ ᠰᠡᠳᠬᠢᠯ ᠬᠠᠨᠭᠭᠠᠮᠵᠢ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <location filename="../flows/feedback.py" line="15"/>
        <source>Unhappy</source>
        <translation>ᠰᠡᠳᠬᠢᠯ ᠬᠠᠨᠭᠭᠠᠮᠵᠢ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <location filename="../flows/feedback.py" line="16"/>
        <source>Neutral</source>
        <translation>ᠳᠤᠮᠳᠠᠵᠢ</translation>
    </message>
    <message>
        <location filename="../flows/feedback.py" line="17"/>
        <source>Happy</source>
        <translation>ᠰᠡᠳᠬᠢᠯ ᠬᠠᠨᠭᠭᠠᠯᠤᠭ</translation>
    </message>
    <message>
        <location filename="../flows/feedback.py" line="18"/>
        <source>Very happy</source>
        <translation>ᠮᠠᠰᠢ ᠰᠡᠳᠬᠢᠯ ᠬᠠᠨᠭᠭᠠᠯᠤᠭ</translation>
    </message>
    <message>
        <location filename="../screens/rating.py" line="84"/>
        <source>How was our service today?</source>
        <translation>ᠥᠨᠥᠳᠦᠷ&#x202f;ᠦᠨ ᠮᠠᠨᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠠᠮᠪᠠᠷ ᠪᠠᠶᠢᠪᠠ?</translation>
    </message>
    <message>
        <location filename="../screens/rating.py" line="90"/>
        <source>Anything to add? (optional)</source>
        <translation>ᠨᠡᠮᠡᠬᠦ ᠵᠦᠢᠯ ᠪᠠᠶᠢᠨ᠎ᠠ ᠤᠤ? (ᠳᠤᠷᠠᠪᠠᠷ)</translation>
    </message>
    <message>
        <location filename="../screens/rating.py" line="91"/>
        <source>Skip</source>
        <translation>ᠠᠯᠭᠠᠰᠠᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/rating.py" line="92"/>
        <source>Send my rating</source>
        <translation>ᠦᠨᠡᠯᠡᠯᠲ&#x202f;ᠢ ᠢᠯᠡᠭᠡ</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../screens/aid_receipt.py" line="72"/>
        <source>Your application has been received</source>
        <translation>ᠲᠠᠨ&#x202f;ᠤ ᠭᠤᠶᠤᠯᠲᠠ&#x202f;ᠶᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠠ</translation>
    </message>
    <message>
        <location filename="../screens/aid_receipt.py" line="73"/>
        <source>Your tracking number:</source>
        <translation>ᠲᠠᠨ&#x202f;ᠤ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠲᠠ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠷ᠄</translation>
    </message>
    <message>
        <location filename="../screens/aid_receipt.py" line="76"/>
        <source>Printing your receipt…</source>
        <translation>ᠲᠠᠰᠤᠯᠪᠤᠷᠢ&#x202f;ᠶᠢ ᠬᠡᠪᠯᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ…</translation>
    </message>
    <message>
        <location filename="../screens/aid_receipt.py" line="78"/>
        <source>Please take your receipt from the printer.</source>
        <translation>ᠬᠡᠪᠯᠡᠭᠦᠷ&#x202f;ᠡᠴᠡ ᠲᠠᠰᠤᠯᠪᠤᠷᠢ&#x202f;ᠪᠠᠨ ᠠᠪᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location filename="../screens/aid_receipt.py" line="83"/>
        <source>Please write down the tracking number; your application is kept and will be sent.</source>
        <translation>ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠲᠠ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠷ&#x202f;ᠢ ᠪᠢᠴᠢᠵᠦ ᠠᠪᠤᠭᠠᠷᠠᠢ᠄ ᠲᠠᠨ&#x202f;ᠤ ᠭᠤᠶᠤᠯᠲᠠ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠵᠤ ᠢᠯᠡᠭᠡᠭᠳᠡᠨ᠎ᠡ᠃</translation>
    </message>
    <message>
        <location filename="../screens/aid_receipt.py" line="92"/>
        <source>The legal aid centre will call you within 7 working days. You can check progress with the tracking number here or on the QR code of the receipt.</source>
        <translation>ᠬᠠᠤᠯᠢ ᠵᠦᠢ&#x202f;ᠶᠢᠨ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ&#x202f;ᠶᠢᠨ ᠲᠥᠪ 7 ᠠᠵᠢᠯ&#x202f;ᠤᠨ ᠡᠳᠦᠷ&#x202f;ᠦᠨ ᠳᠣᠲᠣᠷ᠎ᠠ ᠲᠠᠨ&#x202f;ᠳᠤ ᠤᠲᠠᠰᠤᠳᠠᠨ᠎ᠠ᠃ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠲᠠ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠷ&#x202f;ᠢᠶᠠᠷ ᠡᠨᠳᠡ᠂ ᠡᠰᠡᠪᠡᠰᠦ ᠲᠠᠰᠤᠯᠪᠤᠷᠢ ᠳᠡᠭᠡᠷ᠎ᠡ&#x202f;ᠬᠢ ᠬᠣᠶᠠᠷ ᠬᠡᠮᠵᠢᠶᠡᠰᠦᠲᠦ ᠺᠣᠳ&#x202f;ᠢᠶᠠᠷ ᠶᠠᠪᠤᠴᠠ&#x202f;ᠶᠢ ᠠᠰᠠᠭᠤᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <location filename="../screens/aid_receipt.py" line="99"/>
        <source>Done</source>
        <translation>ᠳᠤᠤᠰᠭᠠᠬᠤ</translation>
    </message>
    <message>
        <source>Talk to a legal aid clerk by video now</source>
        <translation>ᠣᠳᠣ ᠸᠢᠳᠡᠣ&#x202f;ᠪᠠᠷ ᠶᠠᠷᠢᠯᠴᠠᠬᠤ</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <location filename="../screens/service.py" line="48"/>
        <source>This service is not yet available on this terminal.</source>
        <translation>ᠡᠨᠡ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠡᠨᠡ ᠮᠠᠱᠢᠨ ᠳᠡᠭᠡᠷ᠎ᠡ ᠣᠳᠣ&#x202f;ᠬᠤᠷ ᠨᠡᠭᠡᠭᠡᠭᠳᠡᠭᠡ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <location filename="../screens/service.py" line="53"/>
        <source>For help now, call the 12348 public legal service hotline.</source>
        <translation>ᠣᠳᠣ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠬᠡᠷᠡᠭᠲᠡᠢ ᠪᠣᠯ 12348 ᠣᠯᠠᠨ ᠨᠡᠶᠢᠲᠡ&#x202f;ᠶᠢᠨ ᠬᠠᠤᠯᠢ ᠵᠦᠢ&#x202f;ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠤᠲᠠᠰᠤ&#x202f;ᠳᠤ ᠤᠲᠠᠰᠤᠳᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location filename="../screens/service.py" line="57"/>
        <source>Back</source>
        <translation>ᠪᠤᠴᠠᠬᠤ</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>I was invited to a mediation</source>
        <translation>ᠪᠢ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯ&#x202f;ᠳᠤ ᠤᠷᠢᠭᠳᠠᠭᠰᠠᠨ</translation>
    </message>
    <message>
        <source>Join a mediation call with the code on your slip</source>
        <translation>ᠤᠷᠢᠯᠭ᠎ᠠ&#x202f;ᠶᠢᠨ ᠴᠠᠭᠠᠰᠤᠨ ᠳᠡᠭᠡᠷᠡᠬᠢ ᠺᠣᠳ&#x202f;ᠢᠶᠠᠷ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯ&#x202f;ᠦᠨ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ&#x202f;ᠳᠤ ᠣᠷᠣᠬᠤ</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="20"/>
        <source>Legal consultation</source>
        <translation>ᠬᠠᠤᠯᠢ ᠵᠦᠢ&#x202f;ᠶᠢᠨ ᠵᠥᠪᠯᠡᠭᠡ</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="21"/>
        <source>Ask a legal question and hear the answer</source>
        <translation>ᠬᠠᠤᠯᠢ ᠵᠦᠢ&#x202f;ᠶᠢᠨ ᠠᠰᠠᠭᠤᠯᠲᠠ ᠠᠰᠠᠭᠤᠵᠤ ᠬᠠᠷᠢᠭᠤ&#x202f;ᠶᠢ ᠰᠣᠨᠣᠰ</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="25"/>
        <source>Legal aid application</source>
        <translation>ᠬᠠᠤᠯᠢ ᠵᠦᠢ&#x202f;ᠶᠢᠨ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤᠬᠤ</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="26"/>
        <source>Apply for free legal help</source>
        <translation>ᠦᠨᠡᠭᠦᠢ ᠬᠠᠤᠯᠢ ᠵᠦᠢ&#x202f;ᠶᠢᠨ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ ᠭᠤᠶᠤ</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="30"/>
        <source>Document self-service</source>
        <translation>ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢ ᠥᠪᠡᠷ&#x202f;ᠢᠶᠡᠨ ᠪᠦᠲᠦᠭᠡᠬᠦ</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="31"/>
        <source>Fill in and print legal documents</source>
        <translation>ᠬᠠᠤᠯᠢ ᠵᠦᠢ&#x202f;ᠶᠢᠨ ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ ᠪᠥᠭᠡᠯᠡᠵᠦ ᠬᠡᠪᠯᠡ</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="35"/>
        <source>Notarisation and mediation</source>
        <translation>ᠨᠣᠲᠠᠷᠢ ᠪᠠ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯ</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="36"/>
        <source>Book an appointment or a video session</source>
        <translation>ᠤᠷᠢᠳ&#x202f;ᠠᠴᠠ ᠴᠠᠭ ᠵᠠᠭᠠᠬᠤ ᠪᠤᠶᠤ ᠸᠢᠳᠡᠣ&#x202f;ᠪᠠᠷ ᠤᠤᠯᠵᠠᠬᠤ</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="40"/>
        <source>Progress query</source>
        <translation>ᠠᠵᠢᠯ&#x202f;ᠤᠨ ᠶᠠᠪᠤᠴᠠ&#x202f;ᠶᠢ ᠠᠰᠠᠭᠤᠬᠤ</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="41"/>
        <source>See how your application is going</source>
        <translation>ᠲᠠᠨ&#x202f;ᠤ ᠭᠤᠶᠤᠯᠲᠠ&#x202f;ᠶᠢᠨ ᠶᠠᠪᠤᠴᠠ&#x202f;ᠶᠢ ᠦᠵᠡ</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="45"/>
        <source>12348 legal hotline</source>
        <translation>12348 ᠬᠠᠤᠯᠢ ᠵᠦᠢ&#x202f;ᠶᠢᠨ ᠤᠲᠠᠰᠤ</translation>
    </message>
    <message>
        <location filename="../flows/services.py" line="46"/>
        <source>Call or ask the hotline to call you back</source>
        <translation>ᠤᠲᠠᠰᠤᠳᠠᠬᠤ ᠪᠤᠶᠤ ᠲᠠᠨ&#x202f;ᠳᠤ ᠬᠠᠷᠢᠵᠤ ᠤᠲᠠᠰᠤᠳᠠᠬᠤ&#x202f;ᠶᠢ ᠭᠤᠶᠤ</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>a mediator of the people&apos;s mediation committee</source>
        <translation>ᠠᠷᠠᠳ&#x202f;ᠤᠨ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠯ&#x202f;ᠦᠨ ᠬᠣᠷᠢᠶ᠎ᠠ&#x202f;ᠶᠢᠨ ᠡᠪᠯᠡᠷᠡᠭᠦᠯᠦᠭᠴᠢ</translation>
    </message>
    <message>
        <source>Notary</source>
        <translation>ᠨᠣᠲᠠᠷᠢᠴᠢ</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>ᠬᠠᠤᠯᠢᠴᠢ</translation>
    </message>
    <message>
        <source>Legal aid clerk</source>
        <translation>ᠬᠠᠤᠯᠢ ᠵᠦᠢ&#x202f;ᠶᠢᠨ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ&#x202f;ᠶᠢᠨ ᠠᠵᠢᠯᠲᠠᠨ</translation>
    </message>
    <message>
        <source>Connecting the call…</source>
        <translation>ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ&#x202f;ᠶᠢ ᠬᠣᠯᠪᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ…</translation>
    </message>
    <message>
        <source>The connection dropped. Please stay here: we are bringing it back.</source>
        <translation>ᠬᠣᠯᠪᠣᠯᠲᠠ ᠲᠠᠰᠤᠷᠠᠪᠠ᠃ ᠡᠨᠳᠡ ᠬᠦᠯᠢᠶᠡᠭᠡᠷᠡᠢ᠄ ᠪᠢᠳᠡ ᠳᠠᠬᠢᠨ ᠬᠣᠯᠪᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <source>Reconnecting… please wait.</source>
        <translation>ᠳᠠᠬᠢᠨ ᠬᠣᠯᠪᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ… ᠲᠦᠷ ᠬᠦᠯᠢᠶᠡᠭᠡᠷᠡᠢ᠃</translation>
    </message>
    <message>
        <source>A colleague will take over your call. Please wait here.</source>
        <translation>ᠬᠠᠮᠲᠤ ᠠᠵᠢᠯᠯᠠᠭᠴᠢ ᠲᠠᠨ&#x202f;ᠤ ᠶᠠᠷᠢᠶ᠎ᠠ&#x202f;ᠶᠢ ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠨ᠎ᠡ᠃ ᠡᠨᠳᠡ ᠲᠦᠷ ᠬᠦᠯᠢᠶᠡᠭᠡᠷᠡᠢ᠃</translation>
    </message>
    <message>
        <source>The call could not go on. We are sorry. The staff member can call you back.</source>
        <translation>ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠵᠦ ᠴᠢᠳᠠᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠤᠴᠢᠯᠠᠭᠠᠷᠠᠢ᠃ ᠠᠵᠢᠯᠲᠠᠨ ᠲᠠᠨ&#x202f;ᠳᠤ ᠬᠠᠷᠢᠵᠤ ᠤᠲᠠᠰᠤᠳᠠᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <source>The call has ended. Thank you.</source>
        <translation>ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ ᠳᠠᠭᠤᠰᠪᠠ᠃ ᠪᠠᠶᠠᠷᠯᠠᠯ᠎ᠠ᠃</translation>
    </message>
    <message>
        <source>Volume: %1%</source>
        <translation>ᠳᠠᠭᠤ&#x202f;ᠶᠢᠨ ᠬᠡᠮᠵᠢᠶ᠎ᠡ᠄ %1%</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>ᠨᠠᠮ</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>ᠴᠢᠩᠭ᠎ᠠ</translation>
    </message>
    <message>
        <source>End the call</source>
        <translation>ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ&#x202f;ᠶᠢ ᠳᠠᠭᠤᠰᠭᠠᠬᠤ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠬᠦ</translation>
    </message>
    <message>
        <source>Before your video call</source>
        <translation>ᠸᠢᠳᠡᠣ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ&#x202f;ᠶᠢᠨ ᠡᠮᠦᠨ᠎ᠡ</translation>
    </message>
    <message>
        <source>You will wait in a queue until a staff member is free. Then you see and hear them on this screen, and they see and hear you through this terminal&apos;s camera and microphone.</source>
        <translation>ᠠᠵᠢᠯᠲᠠᠨ ᠰᠤᠯᠠ ᠪᠣᠯᠲᠠᠯ᠎ᠠ ᠲᠠ ᠳᠠᠷᠠᠭᠠᠯᠠᠯ&#x202f;ᠳᠤ ᠬᠦᠯᠢᠶᠡᠨ᠎ᠡ᠃ ᠳᠠᠷᠠᠭ᠎ᠠ ᠨᠢ ᠲᠠ ᠲᠡᠭᠦᠨ&#x202f;ᠢ ᠡᠨᠡ ᠳᠡᠯᠭᠡᠭᠡᠨ ᠳᠡᠭᠡᠷ᠎ᠡ ᠦᠵᠡᠵᠦ ᠰᠣᠨᠣᠰᠴᠤ᠂ ᠲᠡᠷᠡ ᠲᠠᠨ&#x202f;ᠢ ᠡᠨᠡ ᠮᠠᠱᠢᠨ&#x202f;ᠤ ᠬᠠᠮᠡᠷ ᠪᠠ ᠮᠢᠬᠷᠣᠹᠣᠨ&#x202f;ᠢᠶᠠᠷ ᠦᠵᠡᠵᠦ ᠰᠣᠨᠣᠰᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <source>a notary</source>
        <translation>ᠨᠣᠲᠠᠷᠢᠴᠢ</translation>
    </message>
    <message>
        <source>a lawyer</source>
        <translation>ᠬᠠᠤᠯᠢᠴᠢ</translation>
    </message>
    <message>
        <source>a clerk of the legal aid centre</source>
        <translation>ᠬᠠᠤᠯᠢ ᠵᠦᠢ&#x202f;ᠶᠢᠨ ᠲᠤᠰᠠᠯᠠᠮᠵᠢ&#x202f;ᠶᠢᠨ ᠲᠥᠪ&#x202f;ᠦᠨ ᠠᠵᠢᠯᠲᠠᠨ</translation>
    </message>
    <message>
        <source>a staff member</source>
        <translation>ᠠᠵᠢᠯᠲᠠᠨ</translation>
    </message>
    <message>
        <source>Only %1 of the service centre sees you, with your request and how your identity was checked. Nobody else joins the call.</source>
        <translation>ᠵᠥᠪᠬᠡᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠲᠥᠪ&#x202f;ᠦᠨ %1 ᠲᠠᠨ&#x202f;ᠢ᠂ ᠲᠠᠨ&#x202f;ᠤ ᠭᠤᠶᠤᠯᠲᠠ ᠪᠠ ᠪᠡᠶ᠎ᠡ&#x202f;ᠶᠢ ᠲᠠᠨᠢᠭᠰᠠᠨ ᠠᠷᠭ᠎ᠠ&#x202f;ᠲᠠᠢ&#x202f;ᠭᠠᠨ ᠬᠠᠮᠳᠠ ᠦᠵᠡᠨ᠎ᠡ᠃ ᠪᠤᠰᠤᠳ ᠬᠦᠮᠦᠨ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ&#x202f;ᠳᠤ ᠣᠷᠣᠬᠤ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <source>This call is not recorded. When recording is introduced, this notice will say so before every call.</source>
        <translation>ᠡᠨᠡ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ&#x202f;ᠶᠢ ᠪᠢᠴᠢᠵᠦ ᠠᠪᠬᠤ ᠦᠭᠡᠢ᠃ ᠪᠢᠴᠢᠵᠦ ᠠᠪᠴᠤ ᠡᠬᠢᠯᠡᠪᠡᠯ᠂ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ ᠪᠦᠷᠢ&#x202f;ᠶᠢᠨ ᠡᠮᠦᠨ᠎ᠡ ᠡᠨᠡ ᠮᠡᠳᠡᠭᠳᠡᠯ&#x202f;ᠳᠦ ᠪᠢᠴᠢᠭᠳᠡᠨ᠎ᠡ᠃</translation>
    </message>
    <message>
        <source>You may go back now, or end the call at any time.</source>
        <translation>ᠲᠠ ᠣᠳᠣ ᠪᠤᠴᠠᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠂ ᠡᠰᠡᠪᠡᠰᠦ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ&#x202f;ᠶᠢ ᠬᠡᠵᠢᠶ᠎ᠡ ᠴᠤ ᠳᠠᠭᠤᠰᠭᠠᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <source>Your phone number, so that we can call you back if needed:</source>
        <translation>ᠲᠠᠨ&#x202f;ᠤ ᠤᠲᠠᠰᠤᠨ ᠳᠤᠭᠠᠷ (ᠬᠡᠷᠡᠭᠲᠡᠢ ᠪᠣᠯ ᠲᠠᠨ&#x202f;ᠳᠤ ᠬᠠᠷᠢᠵᠤ ᠤᠲᠠᠰᠤᠳᠠᠬᠤ&#x202f;ᠶᠢᠨ ᠲᠤᠯᠠᠳᠠ)᠄</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>ᠲᠠᠨ&#x202f;ᠤ ᠤᠲᠠᠰᠤᠨ ᠳᠤᠭᠠᠷ</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>ᠪᠤᠴᠠᠬᠤ</translation>
    </message>
    <message>
        <source>How was your video call?</source>
        <translation>ᠸᠢᠳᠡᠣ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ ᠶᠠᠮᠪᠠᠷ ᠪᠠᠶᠢᠪᠠ?</translation>
    </message>
    <message>
        <source>Touch a face. Your answer helps the service centre.</source>
        <translation>ᠨᠢᠭᠡ ᠴᠢᠷᠠᠢ&#x202f;ᠶᠢ ᠰᠣᠨᠭᠭᠣᠭᠠᠷᠠᠢ᠃ ᠲᠠᠨ&#x202f;ᠤ ᠬᠠᠷᠢᠭᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠲᠥᠪ&#x202f;ᠲᠦ ᠲᠤᠰᠠᠲᠠᠢ᠃</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>ᠠᠯᠭᠠᠰᠠᠬᠤ</translation>
    </message>
    <message>
        <source>We cannot estimate the wait yet.</source>
        <translation>ᠬᠦᠯᠢᠶᠡᠬᠦ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ&#x202f;ᠶᠢ ᠣᠳᠣ&#x202f;ᠬᠤᠷ ᠲᠣᠭᠠᠴᠠᠵᠤ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <source>Estimated wait: about one minute.</source>
        <translation>ᠬᠦᠯᠢᠶᠡᠬᠦ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ᠄ ᠪᠠᠷᠤᠭ ᠨᠢᠭᠡ ᠮᠢᠨᠦ᠋ᠲ᠃</translation>
    </message>
    <message>
        <source>Estimated wait: about %1 minutes.</source>
        <translation>ᠬᠦᠯᠢᠶᠡᠬᠦ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ᠄ ᠪᠠᠷᠤᠭ %1 ᠮᠢᠨᠦ᠋ᠲ᠃</translation>
    </message>
    <message>
        <source>Nobody can take your call now</source>
        <translation>ᠣᠳᠣ ᠲᠠᠨ&#x202f;ᠤ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ&#x202f;ᠶᠢ ᠠᠪᠬᠤ ᠠᠵᠢᠯᠲᠠᠨ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>The video call cannot be started</source>
        <translation>ᠸᠢᠳᠡᠣ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ&#x202f;ᠶᠢ ᠡᠬᠢᠯᠡᠭᠦᠯᠵᠦ ᠴᠢᠳᠠᠬᠤ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>This terminal cannot reach the service centre right now. We can call you back, or you can book an appointment.</source>
        <translation>ᠡᠨᠡ ᠮᠠᠱᠢᠨ ᠣᠳᠣ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠲᠥᠪ&#x202f;ᠲᠡᠢ ᠬᠣᠯᠪᠠᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ ᠪᠠᠶᠢᠨ᠎ᠠ᠃ ᠪᠢᠳᠡ ᠲᠠᠨ&#x202f;ᠳᠤ ᠬᠠᠷᠢᠵᠤ ᠤᠲᠠᠰᠤᠳᠠᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠂ ᠡᠰᠡᠪᠡᠰᠦ ᠲᠠ ᠴᠠᠭ ᠵᠠᠭᠠᠵᠤ ᠪᠣᠯᠤᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <source>Asking for a video call…</source>
        <translation>ᠸᠢᠳᠡᠣ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ ᠭᠤᠶᠤᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ…</translation>
    </message>
    <message>
        <source>Please wait: a staff member will take your call</source>
        <translation>ᠲᠦᠷ ᠬᠦᠯᠢᠶᠡᠭᠡᠷᠡᠢ᠄ ᠠᠵᠢᠯᠲᠠᠨ ᠲᠠᠨ&#x202f;ᠤ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ&#x202f;ᠶᠢ ᠠᠪᠤᠨ᠎ᠠ</translation>
    </message>
    <message>
        <source>You are number %1 in the queue.</source>
        <translation>ᠲᠠ ᠳᠠᠷᠠᠭᠠᠯᠠᠯ&#x202f;ᠤᠨ %1 ᠳᠦᠭᠡᠷ ᠪᠠᠶᠢᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <source>A staff member is joining the call…</source>
        <translation>ᠠᠵᠢᠯᠲᠠᠨ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ&#x202f;ᠳᠤ ᠣᠷᠣᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ…</translation>
    </message>
    <message>
        <source>Stay near the screen: your place is kept while you wait, and the call opens here by itself. Rather not wait? Ask for a call-back.</source>
        <translation>ᠳᠡᠯᠭᠡᠭᠡᠨ&#x202f;ᠦ ᠣᠶᠢᠷ᠎ᠠ ᠪᠠᠶᠢᠭᠠᠷᠠᠢ᠄ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠶᠢᠬᠤ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ&#x202f;ᠳᠤ ᠲᠠᠨ&#x202f;ᠤ ᠣᠷᠣᠨ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠵᠤ᠂ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ ᠡᠨᠳᠡ ᠥᠪᠡᠷ&#x202f;ᠢᠶᠡᠨ ᠨᠡᠭᠡᠭᠡᠭᠳᠡᠨ᠎ᠡ᠃ ᠬᠦᠯᠢᠶᠡᠬᠦ ᠦᠭᠡᠢ ᠪᠣᠯ ᠬᠠᠷᠢᠵᠤ ᠤᠲᠠᠰᠤᠳᠠᠬᠤ&#x202f;ᠶᠢ ᠭᠤᠶᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>Call me back instead</source>
        <translation>ᠨᠠᠳᠠ&#x202f;ᠳᠤ ᠬᠠᠷᠢᠵᠤ ᠤᠲᠠᠰᠤᠳᠠ</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>ᠴᠠᠭ ᠵᠠᠭᠠᠬᠤ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ᠪᠤᠴᠠᠬᠤ</translation>
    </message>
    <message>
        <source>Leave the queue</source>
        <translation>ᠳᠠᠷᠠᠭᠠᠯᠠᠯ&#x202f;ᠠᠴᠠ ᠭᠠᠷᠬᠤ</translation>
    </message>
    <message>
        <source>● Recording: this call is being recorded</source>
        <translation>● ᠪᠢᠴᠢᠯᠭᠡ᠄ ᠡᠨᠡ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ ᠶᠢ ᠪᠢᠴᠢᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <source>Choose a face with the arrow keys and press OK. Your answer helps the service centre.</source>
        <translation>ᠰᠤᠮᠤᠨ ᠲᠤᠪᠴᠢᠭᠤᠷ ᠢᠶᠠᠷ ᠨᠢᠭᠡ ᠴᠢᠷᠠᠢ ᠰᠣᠩᠭᠣᠭᠠᠳ OK ᠲᠤᠪᠴᠢ ᠶᠢ ᠳᠠᠷᠤᠭᠠᠷᠠᠢ᠃ ᠲᠠᠨ ᠤ ᠬᠠᠷᠢᠭᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ ᠲᠦ ᠲᠤᠰᠠᠲᠠᠢ᠃</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../screens/status_strip.py" line="151"/>
        <source>Say it again</source>
        <translation>ᠳᠠᠬᠢᠨ ᠰᠣᠨᠣᠰᠬᠤ</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="152"/>
        <source>Large text</source>
        <translation>ᠲᠣᠮᠣ ᠦᠰᠦᠭ</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="153"/>
        <source>High contrast</source>
        <translation>ᠥᠨᠳᠥᠷ ᠶᠠᠯᠭᠠᠪᠤᠷᠢ</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="25"/>
        <source>Connecting to the service centre…</source>
        <translation>ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠲᠥᠪ&#x202f;ᠲᠡᠢ ᠬᠣᠯᠪᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ…</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="26"/>
        <source>Connected to the service centre</source>
        <translation>ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠲᠥᠪ&#x202f;ᠲᠡᠢ ᠬᠣᠯᠪᠠᠭᠳᠠᠪᠠ</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="27"/>
        <source>Service centre unreachable: what you submit is kept and sent later</source>
        <translation>ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠲᠥᠪ&#x202f;ᠲᠡᠢ ᠬᠣᠯᠪᠠᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ᠄ ᠲᠠᠨ&#x202f;ᠤ ᠢᠯᠡᠭᠡᠭᠰᠡᠨ ᠵᠦᠢᠯ ᠬᠠᠳᠠᠭᠠᠯᠠᠭᠳᠠᠵᠤ ᠬᠣᠶᠢᠨ᠎ᠠ ᠢᠯᠡᠭᠡᠭᠳᠡᠬᠦ</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="30"/>
        <source>Terminal not enrolled: call a technician</source>
        <translation>ᠮᠠᠱᠢᠨ ᠪᠦᠷᠢᠳᠬᠡᠭᠳᠡᠭᠡ ᠦᠭᠡᠢ᠄ ᠮᠡᠷᠭᠡᠵᠢᠯ&#x202f;ᠦᠨ ᠠᠵᠢᠯᠲᠠᠨ&#x202f;ᠢ ᠳᠠᠭᠤᠳᠠᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="31"/>
        <source>Terminal not accepted: call a technician</source>
        <translation>ᠮᠠᠱᠢᠨ ᠬᠦᠯᠢᠶᠡᠨ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠭᠳᠡᠭᠰᠡᠨ ᠦᠭᠡᠢ᠄ ᠮᠡᠷᠭᠡᠵᠢᠯ&#x202f;ᠦᠨ ᠠᠵᠢᠯᠲᠠᠨ&#x202f;ᠢ ᠳᠠᠭᠤᠳᠠᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="35"/>
        <source>Camera</source>
        <translation>ᠬᠠᠮᠡᠷ</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="36"/>
        <source>ID card reader</source>
        <translation>ᠦᠨᠡᠮᠯᠡᠬᠦ ᠤᠨᠭᠰᠢᠭᠤᠯᠤᠭᠴᠢ</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="37"/>
        <source>Document scanner</source>
        <translation>ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ ᠰᠬᠠᠨᠡᠷ</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="38"/>
        <source>Printer</source>
        <translation>ᠬᠡᠪᠯᠡᠭᠦᠷ</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="39"/>
        <source>Voice</source>
        <translation>ᠳᠠᠭᠤ</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="40"/>
        <source>Loudspeaker</source>
        <translation>ᠶᠡᠬᠡ ᠳᠠᠭᠤᠭᠠᠷ</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="41"/>
        <source>Microphone</source>
        <translation>ᠮᠢᠬᠷᠣᠹᠣᠨ</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="113"/>
        <source>All devices ready</source>
        <translation>ᠪᠦᠭᠦᠳᠡ ᠪᠡᠯᠡᠨ</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="116"/>
        <source>Not available: %1</source>
        <translation>ᠠᠱᠢᠭᠯᠠᠵᠤ ᠪᠣᠯᠬᠤ ᠦᠭᠡᠢ᠄ %1</translation>
    </message>
    <message>
        <location filename="../screens/status_strip.py" line="119"/>
        <source>%1 submission(s) waiting to be sent</source>
        <translation>%1 ᠵᠦᠢᠯ ᠢᠯᠡᠭᠡᠭᠳᠡᠬᠦ&#x202f;ᠶᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ</translation>
    </message>
</context>
<context>
    <name>TakeCard</name>
    <message>
        <location filename="../screens/take_card.py" line="37"/>
        <source>Please take your ID card</source>
        <translation>ᠦᠨᠡᠮᠯᠡᠬᠦ&#x202f;ᠪᠡᠨ ᠠᠪᠤᠨ᠎ᠠ ᠤᠤ</translation>
    </message>
    <message>
        <location filename="../screens/take_card.py" line="39"/>
        <source>Your ID card is still on the reader. Your information has been cleared.</source>
        <translation>ᠲᠠᠨ&#x202f;ᠤ ᠦᠨᠡᠮᠯᠡᠬᠦ ᠤᠨᠭᠰᠢᠭᠤᠯᠤᠭᠴᠢ ᠳᠡᠭᠡᠷ᠎ᠡ ᠪᠠᠶᠢᠨ᠎ᠠ᠃ ᠲᠠᠨ&#x202f;ᠤ ᠮᠡᠳᠡᠭᠡᠯᠡᠯ ᠠᠷᠢᠯᠭᠠᠭᠳᠠᠪᠠ᠃</translation>
    </message>
    <message>
        <location filename="../screens/take_card.py" line="44"/>
        <source>I have my card</source>
        <translation>ᠦᠨᠡᠮᠯᠡᠬᠦ&#x202f;ᠪᠡᠨ ᠠᠪᠤᠪᠠ</translation>
    </message>
</context>
<context>
    <name>Technician</name>
    <message>
        <source>Devices</source>
        <translation>ᠲᠥᠬᠦᠭᠡᠷᠦᠮᠵᠢ</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ᠰᠦᠯᠵᠢᠶ᠎ᠡ</translation>
    </message>
    <message>
        <source>Volume and brightness</source>
        <translation>ᠳᠠᠭᠤ ᠪᠠ ᠭᠡᠷᠡᠯᠲᠦᠭᠦᠯᠭᠡ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ᠲᠣᠬᠢᠷᠭ᠎ᠠ</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>ᠪᠦᠷᠢᠳᠬᠡᠯ</translation>
    </message>
    <message>
        <source>Outbox and log</source>
        <translation>ᠢᠯᠡᠭᠡᠬᠦ ᠳᠠᠷᠠᠭᠠᠯᠠᠯ ᠪᠠ ᠲᠡᠮᠳᠡᠭᠯᠡᠯ</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>ᠱᠠᠯᠭᠠᠭᠠᠳ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ</translation>
    </message>
    <message>
        <source>Setting (e.g. idle.timeout_s)</source>
        <translation>ᠲᠣᠬᠢᠷᠭ᠎ᠠ (ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ idle.timeout&#x202f;s)</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>ᠰᠢᠨ᠎ᠡ ᠤᠲᠤᠭ᠎ᠠ</translation>
    </message>
    <message>
        <source>Type a setting&apos;s name.</source>
        <translation>ᠲᠣᠬᠢᠷᠭ᠎ᠠ&#x202f;ᠶᠢᠨ ᠨᠡᠷ᠎ᠡ&#x202f;ᠶᠢ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃</translation>
    </message>
    <message>
        <source>Saved. In force from the next start of the shell.</source>
        <translation>ᠬᠠᠳᠠᠭᠠᠯᠠᠪᠠ᠃ ᠫᠷᠣᠭᠷᠠᠮ ᠳᠠᠷᠠᠭ᠎ᠠ ᠡᠬᠢᠯᠡᠬᠦ&#x202f;ᠡᠴᠡ ᠬᠦᠴᠦᠨ&#x202f;ᠲᠡᠢ ᠪᠣᠯᠤᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>ᠬᠠᠮᠡᠷ&#x202f;ᠤᠨ ᠵᠢᠷᠤᠭ</translation>
    </message>
    <message>
        <source>Read a card</source>
        <translation>ᠦᠨᠡᠮᠯᠡᠬᠦ ᠤᠨᠭᠰᠢᠬᠤ</translation>
    </message>
    <message>
        <source>Read a passport page</source>
        <translation>ᠫᠠᠰᠰᠫᠣᠷᠲ&#x202f;ᠤᠨ ᠬᠠᠭᠤᠳᠠᠰᠤ ᠤᠨᠭᠰᠢᠬᠤ</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>ᠲᠤᠷᠰᠢᠯᠲᠠ&#x202f;ᠶᠢᠨ ᠬᠠᠭᠤᠳᠠᠰᠤ ᠬᠡᠪᠯᠡᠬᠦ</translation>
    </message>
    <message>
        <source>Speak a sentence</source>
        <translation>ᠨᠢᠭᠡ ᠥᠭᠦᠯᠡᠪᠦᠷᠢ ᠤᠨᠭᠰᠢᠬᠤ</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>ᠮᠢᠬᠷᠣᠹᠣᠨ&#x202f;ᠤ ᠳᠠᠭᠤ&#x202f;ᠶᠢᠨ ᠬᠡᠮᠵᠢᠶ᠎ᠡ</translation>
    </message>
    <message>
        <source>Loudspeaker tone</source>
        <translation>ᠶᠡᠬᠡ ᠳᠠᠭᠤᠭᠠᠷ&#x202f;ᠤᠨ ᠳᠠᠭᠤ</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>ᠱᠠᠯᠭᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ...</translation>
    </message>
    <message>
        <source>Last device events</source>
        <translation>ᠲᠥᠬᠦᠭᠡᠷᠦᠮᠵᠢ&#x202f;ᠶᠢᠨ ᠰᠡᠭᠦᠯ&#x202f;ᠦᠨ ᠦᠶᠡᠯ ᠶᠠᠪᠤᠳᠠᠯ</translation>
    </message>
    <message>
        <source>none since the shell started</source>
        <translation>ᠫᠷᠣᠭᠷᠠᠮ ᠡᠬᠢᠯᠡᠭᠰᠡᠨ&#x202f;ᠡᠴᠡ ᠬᠣᠶᠢᠰᠢ ᠦᠭᠡᠢ</translation>
    </message>
    <message>
        <source>Enrol with this code</source>
        <translation>ᠡᠨᠡ ᠺᠣᠳ&#x202f;ᠢᠶᠠᠷ ᠪᠦᠷᠢᠳᠬᠡᠬᠦ</translation>
    </message>
    <message>
        <source>Scan the QR code</source>
        <translation>ᠬᠣᠶᠠᠷ ᠬᠡᠮᠵᠢᠶᠡᠰᠦᠲᠦ ᠺᠣᠳ&#x202f;ᠢ ᠰᠬᠠᠨᠡᠷᠳᠠᠬᠤ</translation>
    </message>
    <message>
        <source>Type the one-time code, or hold its QR code in front of the camera.</source>
        <translation>ᠨᠢᠭᠡ ᠤᠳᠠᠭᠠᠯᠠᠭᠠ&#x202f;ᠶᠢᠨ ᠺᠣᠳ&#x202f;ᠢ ᠪᠢᠴᠢᠬᠦ ᠪᠤᠶᠤ ᠲᠡᠭᠦᠨ&#x202f;ᠦ ᠬᠣᠶᠠᠷ ᠬᠡᠮᠵᠢᠶᠡᠰᠦᠲᠦ ᠺᠣᠳ&#x202f;ᠢ ᠬᠠᠮᠡᠷ&#x202f;ᠤᠨ ᠡᠮᠦᠨ᠎ᠡ ᠪᠠᠷᠢᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>Looking for a QR code...</source>
        <translation>ᠬᠣᠶᠠᠷ ᠬᠡᠮᠵᠢᠶᠡᠰᠦᠲᠦ ᠺᠣᠳ ᠬᠠᠢᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ...</translation>
    </message>
    <message>
        <source>Enrolling...</source>
        <translation>ᠪᠦᠷᠢᠳᠬᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ...</translation>
    </message>
    <message>
        <source>Check the network</source>
        <translation>ᠰᠦᠯᠵᠢᠶ᠎ᠡ&#x202f;ᠶᠢ ᠱᠠᠯᠭᠠᠬᠤ</translation>
    </message>
    <message>
        <source>reachable, round trip %1 ms</source>
        <translation>ᠬᠣᠯᠪᠠᠭᠳᠠᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ᠂ ᠣᠴᠢᠭᠠᠳ ᠢᠷᠡᠬᠦ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ %1 ms</translation>
    </message>
    <message>
        <source>NOT reachable (%1)</source>
        <translation>ᠬᠣᠯᠪᠠᠭᠳᠠᠬᠤ ᠦᠭᠡᠢ (%1)</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>ᠬᠠᠶᠢᠭ</translation>
    </message>
    <message>
        <source>Central service</source>
        <translation>ᠲᠥᠪ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>ᠣᠳᠣ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠬᠤ</translation>
    </message>
    <message>
        <source>No outbox: this terminal is not enrolled.</source>
        <translation>ᠢᠯᠡᠭᠡᠬᠦ ᠳᠠᠷᠠᠭᠠᠯᠠᠯ ᠦᠭᠡᠢ᠄ ᠡᠨᠡ ᠮᠠᠱᠢᠨ ᠪᠦᠷᠢᠳᠬᠡᠭᠳᠡᠭᠡ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠶᠢᠭ᠎ᠠ</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>ᠲᠠᠲᠠᠭᠠᠯᠵᠠᠭᠰᠠᠨ</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>ᠬᠠᠮᠤᠭ ᠡᠷᠲᠡ&#x202f;ᠶᠢᠨ</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>ᠰᠡᠭᠦᠯ&#x202f;ᠦᠨ ᠠᠯᠳᠠᠭ᠎ᠠ</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>ᠳᠠᠭᠤ&#x202f;ᠶᠢᠨ ᠬᠡᠮᠵᠢᠶ᠎ᠡ</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>ᠭᠡᠷᠡᠯᠲᠦᠭᠦᠯᠭᠡ</translation>
    </message>
    <message>
        <source>Technician mode: %1</source>
        <translation>ᠮᠡᠷᠭᠡᠵᠢᠯ&#x202f;ᠦᠨ ᠠᠵᠢᠯᠲᠠᠨ&#x202f;ᠤ ᠭᠣᠷᠢᠮ᠄ %1</translation>
    </message>
    <message>
        <source>Restart the shell</source>
        <translation>ᠫᠷᠣᠭᠷᠠᠮ&#x202f;ᠢ ᠳᠠᠬᠢᠨ ᠡᠬᠢᠯᠡᠭᠦᠯᠬᠦ</translation>
    </message>
    <message>
        <source>Leave technician mode</source>
        <translation>ᠮᠡᠷᠭᠡᠵᠢᠯ&#x202f;ᠦᠨ ᠠᠵᠢᠯᠲᠠᠨ&#x202f;ᠤ ᠭᠣᠷᠢᠮ&#x202f;ᠠᠴᠠ ᠭᠠᠷᠬᠤ</translation>
    </message>
    <message>
        <source>Technician: enter your PIN</source>
        <translation>ᠮᠡᠷᠭᠡᠵᠢᠯ&#x202f;ᠦᠨ ᠠᠵᠢᠯᠲᠠᠨ᠄ ᠨᠢᠭᠤᠴᠠ ᠳᠤᠭᠠᠷ&#x202f;ᠢᠶᠠᠨ ᠣᠷᠤᠭᠤᠯᠤᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>ᠨᠢᠭᠤᠴᠠ ᠳᠤᠭᠠᠷ</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ᠵᠥᠪ</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>ᠡᠬᠢᠯᠡᠯ&#x202f;ᠦᠨ ᠳᠡᠯᠭᠡᠭᠡᠨ&#x202f;ᠳᠦ ᠪᠤᠴᠠᠬᠤ</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>ᠨᠢᠭᠤᠴᠠ ᠳᠤᠭᠠᠷ ᠪᠤᠷᠤᠭᠤ᠃</translation>
    </message>
    <message>
        <source>Too many wrong PINs: try again in %1 s.</source>
        <translation>ᠨᠢᠭᠤᠴᠠ ᠳᠤᠭᠠᠷ&#x202f;ᠢ ᠬᠡᠲᠦᠷᠬᠡᠢ ᠣᠯᠠᠨ ᠤᠳᠠᠭ᠎ᠠ ᠪᠤᠷᠤᠭᠤ ᠣᠷᠤᠭᠤᠯᠪᠠ᠄ %1 ᠰᠡᠬᠤᠨᠳ&#x202f;ᠤᠨ ᠳᠠᠷᠠᠭ᠎ᠠ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <location filename="../flows/presence.py" line="17"/>
        <source>Hello, welcome to the public legal service centre. Touch a service on my screen to begin.</source>
        <translation>ᠰᠠᠶᠢᠨ ᠪᠠᠶᠢᠨ᠎ᠠ ᠤᠤ᠂ ᠣᠯᠠᠨ ᠨᠡᠶᠢᠲᠡ&#x202f;ᠶᠢᠨ ᠬᠠᠤᠯᠢ ᠵᠦᠢ&#x202f;ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠲᠥᠪ&#x202f;ᠲᠦ ᠮᠡᠨᠳᠦ ᠬᠦᠷᠭᠡᠶ᠎ᠡ᠃ ᠮᠢᠨᠤ ᠳᠡᠯᠭᠡᠴᠡ ᠳᠡᠭᠡᠷ᠎ᠡ ᠨᠢᠭᠡᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢ ᠰᠣᠨᠭᠭᠣᠵᠤ ᠡᠬᠢᠯᠡ᠃</translation>
    </message>
</context>
<context>
    <name>SpeechNote</name>
    <message>
        <location filename="../screens/speech_note.py" line="17"/>
        <source>No recording in your language yet: this is spoken in Chinese.</source>
        <translation>ᠲᠠᠨ&#x202f;ᠤ ᠬᠡᠯᠡ ᠪᠡᠷ ᠪᠢᠴᠢᠭᠰᠡᠨ ᠳᠠᠭᠤ ᠠᠯᠠ ᠦᠭᠡᠢ᠄ ᠡᠨᠡ&#x202f;ᠶᠢ ᠬᠢᠲᠠᠳ ᠬᠡᠯᠡ ᠪᠡᠷ ᠤᠩᠰᠢᠨ᠎ᠠ᠃</translation>
    </message>
</context>
<context>
    <name>AbsentDevices</name>
    <message>
        <location filename="../controllers/absent_devices.py" line="9"/>
        <source>This terminal has no ID card reader. Please type your ID number.</source>
        <translation>ᠡᠨᠡ ᠲᠥᠬᠦᠭᠡᠷᠡᠮᠵᠢ&#x202f;ᠳᠦ ᠦᠨᠡᠮᠯᠡᠬᠦ ᠤᠨᠭᠰᠢᠭᠤᠯᠤᠭᠴᠢ ᠦᠭᠡᠢ᠃ ᠦᠨᠡᠮᠯᠡᠬᠦ&#x202f;ᠶᠢᠨ ᠳᠤᠭᠠᠷ&#x202f;ᠢᠶᠠᠨ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ᠃</translation>
    </message>
    <message>
        <location filename="../controllers/absent_devices.py" line="13"/>
        <source>This terminal does not print. Scan the QR code with your phone to keep your receipt.</source>
        <translation>ᠡᠨᠡ ᠲᠥᠬᠦᠭᠡᠷᠡᠮᠵᠢ ᠬᠡᠪᠯᠡᠬᠦ ᠦᠭᠡᠢ᠃ ᠲᠠᠰᠤᠯᠭ᠎ᠠ&#x202f;ᠪᠠᠨ ᠬᠠᠳᠠᠭᠠᠯᠠᠬᠤ ᠳᠤ ᠬᠣᠶᠠᠷ ᠬᠡᠮᠵᠢᠶᠡᠰᠦᠲᠦ ᠺᠣᠳ&#x202f;ᠢ ᠭᠠᠷ ᠤᠲᠠᠰᠤ&#x202f;ᠪᠠᠷ ᠰᠬᠠᠨᠡᠷᠳᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location filename="../controllers/absent_devices.py" line="22"/>
        <source>This terminal has no camera, so your face is not checked here. If your matter needs a face check, ask for a call-back or visit a public legal service centre.</source>
        <translation>ᠡᠨᠡ ᠲᠥᠬᠦᠭᠡᠷᠡᠮᠵᠢ&#x202f;ᠳᠦ ᠬᠠᠮᠡᠷ ᠦᠭᠡᠢ᠂ ᠡᠨᠳᠡ ᠴᠢᠷᠠᠢ ᠱᠠᠯᠭᠠᠬᠤ ᠦᠭᠡᠢ᠃ ᠲᠠᠨ&#x202f;ᠤ ᠬᠡᠷᠡᠭ&#x202f;ᠲᠦ ᠴᠢᠷᠠᠢ ᠱᠠᠯᠭᠠᠬᠤ ᠬᠡᠷᠡᠭᠲᠡᠢ ᠪᠣᠯ ᠬᠠᠷᠢᠵᠤ ᠤᠲᠠᠰᠤᠳᠠᠬᠤ&#x202f;ᠶᠢ ᠭᠤᠶᠤᠬᠤ ᠪᠤᠶᠤ ᠣᠯᠠᠨ ᠨᠡᠶᠢᠲᠡ&#x202f;ᠶᠢᠨ ᠬᠠᠤᠯᠢ ᠵᠦᠢ&#x202f;ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠲᠥᠪ&#x202f;ᠲᠦ ᠣᠴᠢᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location filename="../controllers/absent_devices.py" line="17"/>
        <source>This terminal does not print. You can have this document printed at a public legal service centre.</source>
        <translation>ᠡᠨᠡ ᠲᠥᠬᠦᠭᠡᠷᠡᠮᠵᠢ ᠬᠡᠪᠯᠡᠬᠦ ᠦᠭᠡᠢ᠃ ᠡᠨᠡ ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢ ᠣᠯᠠᠨ ᠨᠡᠶᠢᠲᠡ&#x202f;ᠶᠢᠨ ᠬᠠᠤᠯᠢ ᠵᠦᠢ&#x202f;ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ&#x202f;ᠶᠢᠨ ᠲᠥᠪ&#x202f;ᠲᠦ ᠬᠡᠪᠯᠡᠭᠦᠯᠵᠦ ᠪᠣᠯᠤᠨ᠎ᠠ᠃</translation>
    </message>
</context>
<context>
    <name>PushedDocument</name>
    <message>
        <source>The document is on its way…</source>
        <translation>ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ ᠢᠷᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ…</translation>
    </message>
    <message>
        <source>Please read the document. When you agree, sign in the box with your finger.</source>
        <translation>ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢ ᠤᠨᠭᠰᠢᠭᠠᠷᠠᠢ᠃ ᠵᠥᠪᠰᠢᠶᠡᠷᠡᠪᠡᠯ ᠬᠦᠷᠢᠶ᠎ᠡ ᠳᠣᠲᠣᠷ᠎ᠠ ᠬᠤᠷᠤᠭᠤ&#x202f;ᠪᠠᠷ ᠭᠠᠷ ᠤᠰᠤᠭ ᠵᠢᠷᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>Sending your signature…</source>
        <translation>ᠲᠠᠨ&#x202f;ᠤ ᠭᠠᠷ ᠤᠰᠤᠭ&#x202f;ᠢ ᠢᠯᠡᠭᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ…</translation>
    </message>
    <message>
        <source>Signed. The notary has received your signature.</source>
        <translation>ᠭᠠᠷ ᠤᠰᠤᠭ ᠵᠢᠷᠤᠭᠰᠠᠨ᠃ ᠨᠣᠲᠠᠷᠢᠴᠢ ᠲᠠᠨ&#x202f;ᠤ ᠭᠠᠷ ᠤᠰᠤᠭ&#x202f;ᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠠ᠃</translation>
    </message>
    <message>
        <source>Signed. Your signature is on the agreement.</source>
        <translation>ᠭᠠᠷ ᠤᠰᠤᠭ ᠵᠢᠷᠤᠭᠰᠠᠨ᠃ ᠲᠠᠨ&#x202f;ᠤ ᠭᠠᠷ ᠤᠰᠤᠭ ᠬᠡᠯᠡᠯᠴᠡᠭᠡᠨ ᠳᠦ ᠪᠠᠶᠢᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <source>You have signed. Please wait for the others to sign.</source>
        <translation>ᠲᠠ ᠭᠠᠷ ᠤᠰᠤᠭ ᠵᠢᠷᠤᠭᠰᠠᠨ᠃ ᠪᠤᠰᠤᠳ&#x202f;ᠢ ᠭᠠᠷ ᠤᠰᠤᠭ ᠵᠢᠷᠤᠭᠬᠤ&#x202f;ᠶᠢ ᠲᠦᠷ ᠬᠦᠯᠢᠶᠡᠭᠡᠷᠡᠢ᠃</translation>
    </message>
    <message>
        <source>The document was changed. Please read it again and sign again.</source>
        <translation>ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ ᠥᠭᠡᠷᠡᠴᠢᠯᠡᠭᠳᠡᠪᠡ᠃ ᠳᠠᠬᠢᠨ ᠤᠨᠭᠰᠢᠭᠠᠳ ᠳᠠᠬᠢᠨ ᠭᠠᠷ ᠤᠰᠤᠭ ᠵᠢᠷᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>Please sign in the box first.</source>
        <translation>ᠡᠬᠢᠯᠡᠭᠡᠳ ᠬᠦᠷᠢᠶ᠎ᠡ ᠳᠣᠲᠣᠷ᠎ᠠ ᠭᠠᠷ ᠤᠰᠤᠭ ᠵᠢᠷᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>Your signature could not be sent. Please try again.</source>
        <translation>ᠭᠠᠷ ᠤᠰᠤᠭ&#x202f;ᠢ ᠢᠯᠡᠭᠡᠵᠦ ᠴᠢᠳᠠᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠳᠠᠬᠢᠨ ᠣᠷᠣᠯᠳᠠᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>Printing… please wait.</source>
        <translation>ᠬᠡᠪᠯᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ… ᠲᠦᠷ ᠬᠦᠯᠢᠶᠡᠭᠡᠷᠡᠢ᠃</translation>
    </message>
    <message>
        <source>Printed. Please take your document from the printer below the screen.</source>
        <translation>ᠬᠡᠪᠯᠡᠭᠳᠡᠪᠡ᠃ ᠳᠡᠯᠭᠡᠭᠡᠨ&#x202f;ᠦ ᠳᠣᠣᠷ᠎ᠠ&#x202f;ᠬᠢ ᠬᠡᠪᠯᠡᠭᠦᠷ&#x202f;ᠡᠴᠡ ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠪᠠᠨ ᠠᠪᠤᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <source>The document could not be printed.</source>
        <translation>ᠪᠢᠴᠢᠭ ᠪᠠᠷᠢᠮᠲᠠ&#x202f;ᠶᠢ ᠬᠡᠪᠯᠡᠵᠦ ᠴᠢᠳᠠᠰᠠᠨ ᠦᠭᠡᠢ᠃</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>ᠨᠡᠶᠢᠲᠡ %2 ᠨᠢᠭᠤᠷ&#x202f;ᠤᠨ %1 ᠳᠦᠭᠡᠷ</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>ᠡᠮᠦᠨᠡᠬᠢ ᠨᠢᠭᠤᠷ</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>ᠳᠠᠷᠠᠭ᠎ᠠ ᠨᠢᠭᠤᠷ</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <translation>ᠡᠨᠡ ᠨᠢᠭᠤᠷ&#x202f;ᠢ ᠨᠠᠳᠠ&#x202f;ᠳᠤ ᠤᠨᠭᠰᠢᠵᠤ ᠥᠭ</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>ᠬᠡᠪᠯᠡᠬᠦ</translation>
    </message>
    <message>
        <source>Sign here with your finger</source>
        <translation>ᠡᠨᠳᠡ ᠬᠤᠷᠤᠭᠤ&#x202f;ᠪᠠᠷ ᠭᠠᠷ ᠤᠰᠤᠭ ᠵᠢᠷᠤᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>ᠠᠷᠢᠯᠭᠠᠬᠤ</translation>
    </message>
    <message>
        <source>Confirm my signature</source>
        <translation>ᠭᠠᠷ ᠤᠰᠤᠭ&#x202f;ᠢᠶᠠᠨ ᠪᠠᠲᠤᠯᠠᠬᠤ</translation>
    </message>
    <message>
        <source>Back to the call</source>
        <translation>ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ&#x202f;ᠳᠤ ᠪᠤᠴᠠᠬᠤ</translation>
    </message>
</context>
<context>
    <name>Reproof</name>
    <message>
        <location filename="../flows/reproof.py" line="31"/>
        <source>Please place the ID card you used at the start on the reader again.</source>
        <translation>ᠡᠬᠢᠨ᠎ᠡ&#x202f;ᠳᠦ ᠬᠡᠷᠡᠭᠯᠡᠭᠰᠡᠨ ᠦᠨᠡᠮᠯᠡᠬᠦ&#x202f;ᠪᠡᠨ ᠤᠨᠭᠰᠢᠭᠤᠯᠤᠭᠴᠢ ᠳᠡᠭᠡᠷ᠎ᠡ ᠳᠠᠬᠢᠨ ᠲᠠᠪᠢᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location filename="../flows/reproof.py" line="34"/>
        <source>Reading the card, please hold it still…</source>
        <translation>ᠤᠨᠭᠰᠢᠵᠤ ᠪᠠᠶᠢᠨ᠎ᠠ᠂ ᠦᠨᠡᠮᠯᠡᠬᠦ&#x202f;ᠪᠡᠨ ᠬᠥᠳᠡᠯᠭᠡᠯ ᠦᠭᠡᠢ ᠪᠠᠷᠢᠭᠠᠷᠠᠢ…</translation>
    </message>
    <message>
        <location filename="../flows/reproof.py" line="35"/>
        <source>Thank you. Telling the notary…</source>
        <translation>ᠪᠠᠶᠠᠷᠯᠠᠯ᠎ᠠ᠃ ᠨᠣᠲᠠᠷᠢᠴᠢ&#x202f;ᠳᠤ ᠮᠡᠳᠡᠭᠳᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ…</translation>
    </message>
    <message>
        <location filename="../flows/reproof.py" line="36"/>
        <source>Thank you, it is you. The call is coming back.</source>
        <translation>ᠪᠠᠶᠠᠷᠯᠠᠯ᠎ᠠ᠂ ᠲᠠ ᠮᠥᠨ ᠪᠠᠶᠢᠨ᠎ᠠ᠃ ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ ᠰᠡᠷᠭᠦᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ᠃</translation>
    </message>
    <message>
        <location filename="../flows/reproof.py" line="39"/>
        <source>This is not the card you used at the start. Please place your own ID card on the reader.</source>
        <translation>ᠡᠨᠡ ᠨᠢ ᠡᠬᠢᠨ᠎ᠡ&#x202f;ᠳᠦ ᠬᠡᠷᠡᠭᠯᠡᠭᠰᠡᠨ ᠦᠨᠡᠮᠯᠡᠬᠦ ᠪᠢᠰᠢ᠃ ᠥᠪᠡᠷ&#x202f;ᠦᠨ ᠦᠨᠡᠮᠯᠡᠬᠦ&#x202f;ᠪᠡᠨ ᠤᠨᠭᠰᠢᠭᠤᠯᠤᠭᠴᠢ ᠳᠡᠭᠡᠷ᠎ᠡ ᠲᠠᠪᠢᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location filename="../flows/reproof.py" line="43"/>
        <source>The card could not be read. Please take it off and place it again.</source>
        <translation>ᠦᠨᠡᠮᠯᠡᠬᠦ&#x202f;ᠶᠢ ᠤᠨᠭᠰᠢᠵᠤ ᠴᠢᠳᠠᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠠᠪᠤᠭᠠᠳ ᠳᠠᠬᠢᠨ ᠲᠠᠪᠢᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location filename="../flows/reproof.py" line="46"/>
        <source>The notary could not be told yet. Please place the card again.</source>
        <translation>ᠨᠣᠲᠠᠷᠢᠴᠢ&#x202f;ᠳᠤ ᠮᠡᠳᠡᠭᠳᠡᠵᠦ ᠴᠢᠳᠠᠰᠠᠨ ᠦᠭᠡᠢ᠃ ᠦᠨᠡᠮᠯᠡᠬᠦ&#x202f;ᠪᠡᠨ ᠳᠠᠬᠢᠨ ᠲᠠᠪᠢᠭᠠᠷᠠᠢ᠃</translation>
    </message>
    <message>
        <location filename="../screens/reproof.py" line="50"/>
        <source>Please confirm who you are again</source>
        <translation>ᠲᠠ ᠥᠪᠡᠷ&#x202f;ᠢᠶᠡᠨ ᠳᠠᠬᠢᠨ ᠪᠠᠲᠤᠯᠠᠭᠠᠷᠠᠢ</translation>
    </message>
    <message>
        <location filename="../screens/reproof.py" line="52"/>
        <source>The call was interrupted. Before the notary continues, the law asks us to check again that it is still you.</source>
        <translation>ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ ᠲᠠᠰᠤᠷᠠᠪᠠ᠃ ᠨᠣᠲᠠᠷᠢᠴᠢ ᠦᠷᠭᠦᠯᠵᠢᠯᠡᠬᠦ&#x202f;ᠡᠴᠡ ᠡᠮᠦᠨ᠎ᠡ᠂ ᠬᠠᠤᠯᠢ&#x202f;ᠶᠢᠨ ᠳᠠᠭᠠᠤ ᠲᠠ ᠮᠥᠨ ᠡᠰᠡᠬᠦ&#x202f;ᠶᠢ ᠳᠠᠬᠢᠨ ᠱᠠᠯᠭᠠᠬᠤ ᠬᠡᠷᠡᠭᠲᠡᠢ᠃</translation>
    </message>
    <message>
        <location filename="../screens/reproof.py" line="67"/>
        <source>End the call</source>
        <translation>ᠶᠠᠷᠢᠯᠴᠠᠭ᠎ᠠ&#x202f;ᠶᠢ ᠳᠠᠭᠤᠰᠭᠠᠬᠤ</translation>
    </message>
</context>
</TS>
